import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { errorPayload } from '../../../shared/errors';
import type { Core } from '../../core/createCore';
import type { CallerSession } from '../../base/handlers';
import { isOwnBundleUrl } from './appProtocol';

/**
 * One IPC handler per call of the contract, each bound to the dispatcher. A call is refused
 * unless it comes from a frame of the app's own bundle. Each window has its own session.
 */
export function registerContractHandlers(
  ipcMain: IpcMain,
  core: Pick<Core, 'dispatcher' | 'openSession' | 'closeSession'>,
): void {
  const sessions = new Map<number, CallerSession>();

  const sessionFor = (event: IpcMainInvokeEvent): CallerSession => {
    const id = event.sender.id;
    let session = sessions.get(id);
    if (!session) {
      const opened = core.openSession('electron');
      session = opened;
      sessions.set(id, opened);
      event.sender.once('destroyed', () => {
        sessions.delete(id);
        core.closeSession(opened);
      });
    }
    return session;
  };

  for (const name of core.dispatcher.callNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isOwnBundleUrl(event.senderFrame?.url)) return { ok: false, error: errorPayload('FOREIGN_REQUEST') };
      return core.dispatcher.dispatch(name, input, sessionFor(event));
    });
  }
}
