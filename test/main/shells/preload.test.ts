import { describe, expect, it, vi } from 'vitest';
import { callNames } from '../../../shared/contract';
import { callNamesArgument } from '../../../main/shells/electron/preloadArguments';

const exposed = vi.hoisted(() => ({ key: '', api: {} as Record<string, (input: unknown) => Promise<unknown>> }));
const invoke = vi.hoisted(() => vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input })));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (input: unknown) => Promise<unknown>>) => {
      exposed.key = key;
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke },
}));

describe('preload', () => {
  it('exposes one frozen function per contract call and nothing else', async () => {
    const argv = process.argv;
    // The main process passes the names; an injected extra that is not a call name is ignored.
    process.argv = [...argv, `${callNamesArgument(callNames)},evil;name,require`];
    await import('../../../main/shells/electron/preload');
    process.argv = argv;

    expect(exposed.key).toBe('kiemPhieu');
    expect(Object.keys(exposed.api).sort()).toEqual([...callNames].sort());
    expect(Object.isFrozen(exposed.api)).toBe(true);
    await expect(exposed.api['app.info']!({})).resolves.toEqual({ channel: 'app.info', input: {} });
    expect(invoke).toHaveBeenCalledWith('app.info', {});
  });
});
