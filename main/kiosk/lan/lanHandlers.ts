import type { kioskCalls } from '../../../shared/contract/kioskCalls';
import { fail, Failure } from '../../../shared/errors';
import type { Bilingual } from '../../../shared/i18n/language';
import { type CallContext, type Handlers, signedInUser } from '../../base/handlers';
import { unitHeading } from '../../campaigns';
import { isKioskClosed, type SealState } from '../../counting';
import type { ReadableDB, VaultStore } from '../../vault';
import { openContests } from '../openContests';
import { makeConferenceCertificate } from './lanCertificate';
import { certificateOf, insertCertificate, rememberListenAddress } from './lanCertificateStore';
import { type HallNetwork, machineAddresses } from './hallNetwork';

type LanCalls = Pick<typeof kioskCalls, 'kiosk.lanAddresses' | 'kiosk.openLan' | 'kiosk.closeLan' | 'kiosk.lanStatus'>;

export interface LanDependencies {
  readonly store: VaultStore;
  readonly seals: SealState;
  readonly hallNetwork: HallNetwork;
}

const unavailable = (reason: Bilingual) => fail('KIOSK_LAN_UNAVAILABLE', { reason });

const noCastingPage: Bilingual = {
  vi: 'bản cài đặt này không có trang bỏ phiếu (cast.html) hoặc cửa sổ này không phục vụ được nó',
  en: 'this installation has no casting page (cast.html), or this window cannot serve it',
};

/** The system's reason a listener could not start, in words a head can act on. */
function listenFailure(error: unknown, address: string, port: number) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRNOTAVAIL') return fail('KIOSK_LAN_ADDRESS', { address });
  if (code === 'EADDRINUSE')
    return unavailable({
      vi: `cổng ${port} đang được chương trình khác dùng; hãy chọn cổng khác`,
      en: `port ${port} is in use by another program; choose another port`,
    });
  if (code === 'EACCES')
    return unavailable({ vi: `máy không cho phép mở cổng ${port}`, en: `this machine does not allow port ${port}` });
  return unavailable({ vi: `lỗi hệ thống ${code ?? 'không rõ'}`, en: `system error ${code ?? 'unknown'}` });
}

export function createLanHandlers({ store, seals, hallNetwork }: LanDependencies): Handlers<LanCalls> {
  const lanStatus = (db: ReadableDB, unitId: string) => {
    unitHeading(db, unitId);
    const running = hallNetwork.current();
    return {
      fingerprint: certificateOf(db, unitId)?.fingerprint ?? null,
      listener: running
        ? {
            unitId: running.unitId,
            unitName: running.unitName,
            address: running.address,
            port: running.port,
            url: running.url,
            openedAt: running.openedAt,
            throttled: hallNetwork.throttled(),
          }
        : null,
    };
  };

  async function openLan(
    { unitId, address, port }: { unitId: string; address: string; port: number },
    context: CallContext,
  ) {
    const user = signedInUser(context);
    const checked = store.read((db) => {
      const open = openContests(db, unitId, seals);
      if (open instanceof Failure) return open;
      if (isKioskClosed(db, unitId)) return fail('KIOSK_CLOSED');
      return { unitName: open.unit.name, certificate: certificateOf(db, unitId) };
    });
    if (checked instanceof Failure) return checked;
    const chosen = machineAddresses().find((entry) => entry.address.toLowerCase() === address.toLowerCase());
    if (!chosen) return fail('KIOSK_LAN_ADDRESS', { address });
    const running = hallNetwork.current();
    if (running && running.unitId !== unitId) return fail('KIOSK_LAN_BUSY', { unit: running.unitName });
    const page = await hallNetwork.castingPage();
    if (!page) return unavailable(noCastingPage);

    // Made outside the transaction (a key takes a moment); kept only if the listener starts.
    const certificate =
      checked.certificate ?? (await makeConferenceCertificate(checked.unitName, chosen.address, new Date()));
    // Opening again (another address or port) replaces the listener.
    await hallNetwork.stopFor(unitId);
    let listening;
    try {
      listening = await hallNetwork.listen(
        {
          unitId,
          unitName: checked.unitName,
          address: chosen.address,
          port,
          certificate,
          openedBy: user,
          shell: context.session.shell,
        },
        page,
      );
    } catch (error) {
      return listenFailure(error, chosen.address, port);
    }
    const stored = store.write(
      user,
      'kiosk.lanOpened',
      { unitId, address: chosen.address, port: listening.port, fingerprint: certificate.fingerprint },
      (db) => {
        if (!certificateOf(db, unitId))
          insertCertificate(db, unitId, certificate, { userId: user.id, at: listening.openedAt });
        rememberListenAddress(db, unitId, chosen.address, listening.port);
        return lanStatus(db, unitId);
      },
    );
    return stored;
  }

  return {
    'kiosk.lanAddresses': () => ({ addresses: machineAddresses() }),
    'kiosk.openLan': async (input, context) => {
      try {
        return await openLan(input, context);
      } catch (error) {
        // Whatever went wrong after the listener started, it does not stay open unrecorded.
        await hallNetwork.stopFor(input.unitId);
        throw error;
      }
    },
    'kiosk.closeLan': async ({ unitId }, context) => {
      const user = signedInUser(context);
      store.read((db) => unitHeading(db, unitId));
      const stopped = await hallNetwork.stop();
      if (stopped)
        store.write(user, 'kiosk.lanClosed', { unitId: stopped.unitId }, (db) =>
          rememberListenAddress(db, stopped.unitId, null, null),
        );
      return store.read((db) => lanStatus(db, unitId));
    },
    'kiosk.lanStatus': ({ unitId }) => store.read((db) => lanStatus(db, unitId)),
  };
}
