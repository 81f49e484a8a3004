import { contract, type AppContract } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Shell } from '../../shared/shells';
import { createPreferencesStore } from '../config/preferences';
import { createAppService } from '../app/appHandlers';
import { createChromiumPdfPrinter } from '../print/chromiumPdfPrinter';
import type { PdfPrinter } from '../print/pdfPrinter';
import { createAuditService } from '../audit/auditHandlers';
import { createCampaignService } from '../campaigns/campaignHandlers';
import { createContestService } from '../campaigns/contestHandlers';
import { createCountingService } from '../counting/countingHandlers';
import { createDrawService } from '../draws/drawHandlers';
import { createKeyingService } from '../counting/keyingHandlers';
import { createOperatorStatsService } from '../counting/operatorStatsHandlers';
import { createPrintService } from '../print/printHandlers';
import { createResultService } from '../results/resultHandlers';
import { createPackageService } from '../results/packageHandlers';
import { createSealService } from '../results/sealHandlers';
import { createBackupService } from '../backup/backupHandlers';
import { automaticBackup } from '../backup/automaticBackup';
import { BackupProgressTracker } from '../backup/progressTracker';
import { createSigningService } from '../signing/signingHandlers';
import { createTemplateService } from '../templates/templateHandlers';
import { createUnitImportService } from '../campaigns/unitImportHandlers';
import { createUnitService } from '../campaigns/unitHandlers';
import { createSessionService } from '../session/sessionHandlers';
import { createUserService } from '../users/userHandlers';
import { createVaultService } from '../vault/vaultHandlers';
import { ensurePrivateDirectory } from '../base/privateFiles';
import type { ScryptCost } from '../vault/header/keySlots';
import { Vault } from '../vault/vault';
import { createDispatcher, type BugReporter, type Dispatcher, type Handlers } from './dispatcher';
import { LockMemory } from '../session/lockMemory';
import { SessionRegistry, type CallerSession } from '../session/sessionRegistry';

export interface CoreOptions {
  readonly shell: Shell;
  readonly dataDirectory: string;
  readonly reportBug?: BugReporter;
  /** Tests only: cheaper key derivation for new slots. */
  readonly scryptCost?: ScryptCost;
  /** How this shell prints PDFs; the system Chromium by default (browser shell, CLI). */
  readonly pdfPrinter?: PdfPrinter;
}

export interface Core {
  readonly dataDirectory: string;
  readonly dispatcher: Dispatcher;
  readonly vault: Vault;
  /** Each window, browser tab or CLI run is one session; the shell opens it. */
  openSession(shell: Shell): CallerSession;
  closeSession(session: CallerSession): void;
  /** Locks the vault (wiping the key) before the process ends. */
  shutdown(): void;
}

function reportToStderr(call: string, error: unknown): void {
  process.stderr.write(
    `[kiem-phieu] bug in ${call}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
}

/** Builds the vault, the services and the dispatcher in front of them; every shell starts here. */
export function createCore({
  shell,
  dataDirectory,
  reportBug = reportToStderr,
  scryptCost,
  pdfPrinter = createChromiumPdfPrinter(),
}: CoreOptions): Core {
  try {
    ensurePrivateDirectory(dataDirectory);
  } catch {
    throw new AppError('DATA_DIRECTORY_UNAVAILABLE', { path: dataDirectory });
  }
  const sessions = new SessionRegistry();
  const lockMemory = new LockMemory();
  const vault: Vault = new Vault({
    dataDirectory,
    ...(scryptCost ? { scryptCost } : {}),
    onLock: (reason) => {
      lockMemory.remember(reason, sessions.lastSignedInLogin());
      sessions.signOutAll();
    },
  });
  const preferences = createPreferencesStore(dataDirectory);
  const handlers: Handlers<AppContract> = {
    ...createAppService({ shell, dataDirectory, preferences, vaultState: () => vault.state() }),
    ...createSessionService(vault, sessions, lockMemory),
    ...createVaultService(vault),
    ...createUserService(vault, sessions),
    ...createAuditService(vault),
    ...createCampaignService(vault),
    ...createUnitService(vault),
    ...createUnitImportService(vault),
    ...createTemplateService(vault),
    ...createDrawService(vault),
    ...createContestService(vault),
    ...createPrintService(vault, pdfPrinter),
    ...createCountingService(vault),
    ...createResultService(vault),
    ...createKeyingService(vault),
    ...createOperatorStatsService(vault),
    ...createSealService(vault, {
      afterSeal: (contestId) =>
        void automaticBackup(vault, contestId).catch((error: unknown) => reportBug('backup.automatic', error)),
    }),
    ...createSigningService(vault),
    ...createPackageService(vault),
    ...createBackupService(vault, new BackupProgressTracker()),
  };
  const dispatcher = createDispatcher(contract, handlers, reportBug, { onAuthorized: () => vault.touch() });
  return {
    dataDirectory,
    dispatcher,
    vault,
    openSession: (sessionShell) => sessions.open(sessionShell),
    closeSession: (session) => sessions.close(session),
    shutdown: () => {
      vault.lock('closed');
      void pdfPrinter.close();
    },
  };
}
