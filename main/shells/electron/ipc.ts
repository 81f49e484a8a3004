import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { errorPayload } from '../../../shared/errors';
import type { Dispatcher } from '../../core/dispatcher';
import { newSession, type CallerSession } from '../../core/session';
import { isOwnBundleUrl } from './appProtocol';

/**
 * One IPC handler per call of the contract, each bound to the dispatcher. A call is refused
 * unless it comes from a frame of the app's own bundle. Each window has its own session.
 */
export function registerContractHandlers(ipcMain: IpcMain, dispatcher: Dispatcher): void {
  const sessions = new Map<number, CallerSession>();

  const sessionFor = (event: IpcMainInvokeEvent): CallerSession => {
    const id = event.sender.id;
    let session = sessions.get(id);
    if (!session) {
      session = newSession('electron');
      sessions.set(id, session);
      event.sender.once('destroyed', () => sessions.delete(id));
    }
    return session;
  };

  for (const name of dispatcher.callNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      if (!isOwnBundleUrl(event.senderFrame?.url)) return { ok: false, error: errorPayload('FOREIGN_REQUEST') };
      return dispatcher.dispatch(name, input, sessionFor(event));
    });
  }
}
