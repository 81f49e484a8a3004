import { looksOnline, type AirGapStatus } from '../../shared/app/airGap';
import type { AirGapProbe } from './airGapProbe';

/** How often the machine is checked, as Abacus does. */
export const airGapIntervalMs = 30_000;

export interface AirGapWatchOptions {
  readonly probe: AirGapProbe;
  readonly now?: () => Date;
  readonly intervalMs?: number;
  /** After each check, whatever it found: the core records a change in the audit. */
  readonly afterCheck?: (status: AirGapStatus) => void;
  /** A probe that throws is a bug: reported, and the last answer stands. */
  readonly reportBug?: (error: unknown) => void;
}

/**
 * The air-gap check over time: one check at once (so the first call already has an answer, the
 * command line's too), then one every 30 s while the app runs. It keeps the latest answer and
 * since when the machine has been as it now is.
 */
export class AirGapWatch {
  private latest: AirGapStatus;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: AirGapWatchOptions) {
    this.latest = this.read(null) ?? this.offline();
  }

  status(): AirGapStatus {
    return this.latest;
  }

  /** Checks now; the answer replaces the last one. */
  check(): AirGapStatus {
    this.latest = this.read(this.latest) ?? this.latest;
    this.options.afterCheck?.(this.latest);
    return this.latest;
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.check(), this.options.intervalMs ?? airGapIntervalMs);
    // The check never keeps a process alive (the command line ends when its work is done).
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private read(previous: AirGapStatus | null): AirGapStatus | null {
    let reading;
    try {
      reading = this.options.probe();
    } catch (error) {
      this.options.reportBug?.(error);
      return null;
    }
    const at = this.now();
    const online = looksOnline(reading.checks);
    const since = previous !== null && previous.online === online ? previous.since : at;
    return { ...reading, online, since, checkedAt: at };
  }

  /** Before any answer (the first probe failed): nothing seen, nothing refused. */
  private offline(): AirGapStatus {
    const at = this.now();
    return { checks: [], simulated: false, online: false, since: at, checkedAt: at };
  }
}
