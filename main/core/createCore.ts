import { contract, type AppContract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Shell } from '../../shared/shells';
import { AirGapRecorder, airGapProbeFor, AirGapWatch, createAppHandlers, type AirGapProbe } from '../app';
import { createDesksHandlers, mergedKeyings } from '../desks';
import { createAuditHandlers } from '../audit';
import { automaticBackup, BackupProgressTracker, createBackupHandlers } from '../backup';
import type { CallerSession, Handlers } from '../base/handlers';
import { ensurePrivateDirectory } from '../base/privateFiles';
import { createCampaignsHandlers } from '../campaigns';
import { createPreferencesStore } from '../config/preferences';
import { createCountingHandlers } from '../counting';
import { createDrawsHandlers, drawMinutesSource } from '../draws';
import { ChartCache, createChromiumPdfPrinter, createPrintHandlers, type PdfPrinter } from '../print';
import {
  countingMinutesSource,
  createResultsHandlers,
  districtSummarySource,
  receivedSummarySource,
  handOverMinutesSource,
  resultReportSource,
  resultNoticeSource,
  sealAuditAnchors,
  sealState,
} from '../results';
import { createRatingsHandlers, ratingRoundSource, ratingTargetsSource, ratingVoteMinutesSource } from '../ratings';
import { createPlansHandlers, planAppendixSource } from '../plans';
import { createKioskHandlers, HallNetwork, kioskSlipsSource } from '../kiosk';
import { correctionMinutesSource, createCorrectionsHandlers } from '../corrections';
import { createRemediationHandlers, remediationReportSource } from '../remediation';
import { createSessionHandlers, LockMemory, SessionRegistry } from '../session';
import { createSigningHandlers } from '../signing';
import { blankBallotSource, createTemplatesHandlers } from '../templates';
import { createUsersHandlers } from '../users';
import { createVaultHandlers, Vault, type ScryptCost } from '../vault';
import { createDispatcher, type BugReporter, type Dispatcher } from './dispatcher';

export interface CoreOptions {
  readonly shell: Shell;
  readonly dataDirectory: string;
  readonly reportBug?: BugReporter;
  /** Tests only: cheaper key derivation for new slots. */
  readonly scryptCost?: ScryptCost;
  /** How this shell prints PDFs; the system Chromium by default (browser shell, CLI). */
  readonly pdfPrinter?: PdfPrinter;
  /**
   * The built renderer, where the hall network's casting page (cast.html) is read from; the
   * windowed shells pass it, the command line has none (it cannot keep a listener open).
   */
  readonly bundleDirectory?: string;
  /**
   * A window's shell: once someone signs in, the printer gets ready in the background (its
   * browser started, a page made), so the first print does not wait seconds for it.
   */
  readonly prepareToPrint?: boolean;
  /**
   * The air-gap check: how it reads the machine (this machine's files, or the simulation
   * KIEM_PHIEU_AIR_GAP asks for), its clock and its interval (30 s). Tests give a fixed reading.
   */
  readonly airGap?: { readonly probe?: AirGapProbe; readonly now?: () => Date; readonly intervalMs?: number };
  /** The environment the app was started with (the process's; the command line passes the one it was given). */
  readonly environment?: Readonly<Record<string, string | undefined>>;
}

export interface Core {
  readonly dataDirectory: string;
  readonly dispatcher: Dispatcher;
  readonly vault: Vault;
  /** The air-gap check, run every 30 s; `check()` runs it now. */
  readonly airGap: AirGapWatch;
  /** Each window, browser tab or CLI run is one session; the shell opens it. */
  openSession(shell: Shell): CallerSession;
  closeSession(session: CallerSession): void;
  /** Locks the vault (wiping the key) before the process ends. */
  shutdown(): void;
}

/** How long after the first signed-in call the printer starts getting ready. */
const printerWarmUpDelayMs = 1500;

function reportToStderr(call: string, error: unknown): void {
  process.stderr.write(
    `[kiem-phieu] bug in ${call}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
}

/** Makes the data folder for a shell that is about to run (a window keeps its profile there). */
export function prepareDataDirectory(dataDirectory: string): void {
  try {
    ensurePrivateDirectory(dataDirectory);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DATA_DIRECTORY_UNAVAILABLE', { path: dataDirectory });
  }
}

/**
 * Builds the vault, every feature's handlers and the dispatcher in front of them; every shell
 * starts here. Each feature gets only the parts of the vault it uses, and where one feature
 * needs another's answer without importing it (counting asks whether results has sealed), the
 * core hands it in.
 */
export function createCore({
  shell,
  dataDirectory,
  reportBug = reportToStderr,
  scryptCost,
  pdfPrinter = createChromiumPdfPrinter(),
  bundleDirectory,
  prepareToPrint = false,
  airGap: airGapOptions = {},
  environment = process.env,
}: CoreOptions): Core {
  // The core creates nothing here: the folder appears with the vault, the preferences or a
  // shell's start (a read-only command on a machine without a vault leaves no trace).
  const sessions = new SessionRegistry();
  const chartCache = new ChartCache();
  // Phones reach only two calls, through the dispatcher made below, on the listener's own session.
  const hallNetwork = new HallNetwork({
    bundleDirectory: bundleDirectory ?? null,
    dispatch: (name, input, session) => dispatcher.dispatch(name, input, session),
  });
  const lockMemory = new LockMemory();
  const vault = new Vault({
    dataDirectory,
    ...(scryptCost ? { scryptCost } : {}),
    onLock: (reason) => {
      lockMemory.remember(reason, sessions.lastSignedInLogin());
      sessions.signOutAll();
      // The key is gone: no phone may wait on a vault that cannot answer, no result stays drawn.
      void hallNetwork.stop();
      chartCache.clear();
      airGapRecorder.forget();
    },
  });
  const { store, keyring, lock, maintenance } = vault;
  // Checked at once and every 30 s; each change is audited once, when the vault is open.
  const airGapRecorder = new AirGapRecorder(store, () => lock.state() === 'unlocked');
  const recordAirGap = () => {
    try {
      airGapRecorder.record(airGap.status());
    } catch (error) {
      reportBug('airGap.record', error);
    }
  };
  const airGap = new AirGapWatch({
    probe: airGapOptions.probe ?? airGapProbeFor(environment),
    ...(airGapOptions.now ? { now: airGapOptions.now } : {}),
    ...(airGapOptions.intervalMs ? { intervalMs: airGapOptions.intervalMs } : {}),
    afterCheck: recordAirGap,
    reportBug: (error) => reportBug('airGap.check', error),
  });
  airGap.start();
  const preferences = createPreferencesStore(dataDirectory);
  const handlers: Handlers<AppContract> = {
    ...createAppHandlers({ shell, dataDirectory, preferences, vaultState: () => lock.state(), store, airGap }),
    ...createSessionHandlers({ keyring, lock, store, sessions, lockMemory }),
    ...createVaultHandlers({ keyring, lock, store, maintenance, externalAnchors: sealAuditAnchors }),
    ...createUsersHandlers({ store, keyring, sessions }),
    ...createAuditHandlers({ store, maintenance, externalAnchors: sealAuditAnchors }),
    ...createCampaignsHandlers(store),
    ...createTemplatesHandlers(store),
    ...createDrawsHandlers(store),
    ...createPrintHandlers({
      store,
      printer: pdfPrinter,
      charts: chartCache,
      sources: {
        blankBallot: blankBallotSource,
        drawMinutes: drawMinutesSource,
        countingMinutes: countingMinutesSource,
        handOverMinutes: handOverMinutesSource,
        correctionMinutes: correctionMinutesSource,
        resultReport: resultReportSource,
        resultNotice: resultNoticeSource,
        districtSummary: districtSummarySource,
        receivedSummary: receivedSummarySource,
        ratingTargets: ratingTargetsSource,
        ratingRound: ratingRoundSource,
        ratingVoteMinutes: ratingVoteMinutesSource,
        planAppendix: planAppendixSource,
        remediationReport: remediationReportSource,
        kioskSlips: kioskSlipsSource,
      },
    }),
    ...createCountingHandlers({ store, seals: sealState, airGap, mergedKeyingsOf: mergedKeyings }),
    ...createDesksHandlers(store, airGap),
    ...createRatingsHandlers(store),
    ...createPlansHandlers(store),
    ...createRemediationHandlers(store),
    ...createKioskHandlers({ store, seals: sealState, hallNetwork }),
    ...createResultsHandlers({
      store,
      airGap,
      afterSeal: (contestId) =>
        void automaticBackup(vault, contestId).catch((error: unknown) => reportBug('backup.automatic', error)),
    }),
    ...createCorrectionsHandlers(store, {
      airGap,
      afterAmend: (contestId) =>
        void automaticBackup(vault, contestId).catch((error: unknown) => reportBug('backup.automatic', error)),
    }),
    ...createSigningHandlers({ store, ...(scryptCost ? { scryptCost } : {}) }),
    ...createBackupHandlers({
      store,
      maintenance,
      lock,
      files: vault.files,
      progress: new BackupProgressTracker(),
    }),
  };
  let printerReadied = !prepareToPrint;
  const readyPrinter = () => {
    if (printerReadied) return;
    printerReadied = true;
    // After the first screen has loaded: the browser's start would otherwise compete with it.
    setTimeout(() => pdfPrinter.prepare?.(), printerWarmUpDelayMs).unref();
  };
  const dispatcher = createDispatcher(contract, handlers, reportBug, {
    onAuthorized: () => {
      lock.touch();
      readyPrinter();
      // A change seen while the vault was locked is recorded by the first call after sign-in.
      recordAirGap();
    },
  });
  return {
    dataDirectory,
    dispatcher,
    vault,
    airGap,
    openSession: (sessionShell) => sessions.open(sessionShell),
    closeSession: (session) => sessions.close(session),
    shutdown: () => {
      airGap.stop();
      lock.lock('closed');
      void hallNetwork.stop();
      void pdfPrinter.close();
    },
  };
}
