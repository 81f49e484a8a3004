import { contextBridge, ipcRenderer } from 'electron';
import { callNamesFromArguments } from './preloadArguments';

/**
 * Runs sandboxed: the page gets one function per call of the contract and nothing else —
 * no ipcRenderer, no channel names of its own choosing.
 */
const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
for (const name of callNamesFromArguments(process.argv)) {
  bridge[name] = (input: unknown) => ipcRenderer.invoke(name, input);
}

contextBridge.exposeInMainWorld('kiemPhieu', Object.freeze(bridge));
