import { randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import type { CallResult } from '../../../shared/contract';
import type { LanAddresses } from '../../../shared/kiosk/kioskSchemas';
import type { SessionUser } from '../../../shared/session/sessionSchemas';
import type { Shell } from '../../../shared/shells';
import type { CallerSession } from '../../base/handlers';
import { loadCastingPage, type CastingPage } from './castingPage';
import { startCastingServer, type CastingServer } from './castingServer';
import type { RateLimitOptions } from './rateLimits';

/** The two calls a phone's request becomes; the core's dispatcher checks them like any other. */
export type CastingDispatch = (
  name: 'kiosk.ballotPaper' | 'kiosk.cast',
  input: unknown,
  session: CallerSession,
) => Promise<CallResult<unknown>>;

export interface HallNetworkOptions {
  /** The built renderer holding cast.html; null where this process has none (the command line). */
  readonly bundleDirectory: string | null;
  readonly dispatch: CastingDispatch;
  readonly limits?: RateLimitOptions;
}

export interface RunningListener {
  readonly unitId: string;
  readonly unitName: string;
  readonly address: string;
  readonly port: number;
  readonly url: string;
  readonly openedAt: string;
  readonly server: CastingServer;
}

export interface ListenRequest {
  readonly unitId: string;
  readonly unitName: string;
  readonly address: string;
  readonly port: number;
  readonly certificate: { readonly certificatePem: string; readonly privateKeyPem: string };
  /** Whose rights the phones' calls run with, and under whose name they are audited: the head who opened it. */
  readonly openedBy: SessionUser;
  readonly shell: Shell;
}

/** Link-local IPv6 needs a zone to listen on and to type: not offered. */
const isLinkLocal = (address: string) => /^fe[89ab]/i.test(address);

/** The addresses of this machine a listener may take: its interfaces' own, the hall's first, loopback last. */
export function machineAddresses(): LanAddresses['addresses'] {
  return Object.entries(networkInterfaces())
    .flatMap(([interfaceName, addresses]) =>
      (addresses ?? []).map((entry) => ({
        interfaceName,
        address: entry.address,
        family: entry.family,
        internal: entry.internal,
      })),
    )
    .filter((entry) => !isLinkLocal(entry.address))
    .sort((a, b) => Number(a.internal) - Number(b.internal) || a.family.localeCompare(b.family));
}

/**
 * The app's one hall-network listener (issue 19, point 2): closed unless the head opens it for
 * one conference, and closed again with the kiosk, the vault's lock, or the app. A phone's two
 * requests become `kiosk.ballotPaper` and `kiosk.cast` for that conference only, through the
 * dispatcher, on a session of their own that no other call ever sees.
 */
export class HallNetwork {
  private running: RunningListener | null = null;
  private page: CastingPage | null = null;

  constructor(private readonly options: HallNetworkOptions) {}

  current(): RunningListener | null {
    return this.running;
  }

  throttled(): number {
    return this.running?.server.throttled() ?? 0;
  }

  /** The casting page, read once; null when this process has no built renderer with it. */
  async castingPage(): Promise<CastingPage | null> {
    if (!this.page && this.options.bundleDirectory) this.page = await loadCastingPage(this.options.bundleDirectory);
    return this.page;
  }

  /** Starts the listener (the caller has checked the conference and closed any other). Throws the system's error. */
  async listen(request: ListenRequest, page: CastingPage): Promise<RunningListener> {
    const session: CallerSession = { id: randomUUID(), shell: request.shell, user: request.openedBy };
    const { unitId } = request;
    const server = await startCastingServer({
      address: request.address,
      port: request.port,
      certificate: request.certificate,
      page,
      desk: {
        ballotPaper: (code) => this.options.dispatch('kiosk.ballotPaper', { unitId, code }, session),
        cast: (code, ballots) => this.options.dispatch('kiosk.cast', { unitId, code, ballots }, session),
      },
      ...(this.options.limits ? { limits: this.options.limits } : {}),
    });
    this.running = {
      unitId,
      unitName: request.unitName,
      address: request.address,
      port: server.port,
      url: server.url,
      openedAt: new Date().toISOString(),
      server,
    };
    return this.running;
  }

  /** Closes the listener, whichever conference it serves; whether one was open. */
  async stop(): Promise<RunningListener | null> {
    const running = this.running;
    this.running = null;
    if (running) await running.server.close();
    return running;
  }

  /** Closes the listener if it serves this conference. */
  async stopFor(unitId: string): Promise<void> {
    if (this.running?.unitId === unitId) await this.stop();
  }
}
