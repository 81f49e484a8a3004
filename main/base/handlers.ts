import { AppError, type Failure } from '../../shared/errors';
import type { CallSpec, Contract } from '../../shared/contract/define';
import type { z } from '../../shared/schema/z';
import type { BackupPhase } from '../../shared/backup/backupSchemas';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { Shell } from '../../shared/shells';

/**
 * One caller of the core: an Electron window, the browser shell's tab, or one CLI run. The
 * shell opens it and passes it with every call; the renderer never names its own user.
 */
export interface CallerSession {
  readonly id: string;
  readonly shell: Shell;
  user: SessionUser | null;
  /**
   * Where this caller follows a long call while it runs: the command line draws its stderr line
   * from it; screens poll `backup.progress` instead.
   */
  onProgress?: ProgressListener;
}

/** A long task's steps: a backup's phases, or an import's (checking the lines, storing the ballots). */
export type ProgressListener = (
  done: number,
  total: number,
  phase: BackupPhase | 'checkLines' | 'storeBallots' | 'checkPackage' | 'mergeBatches',
) => void;

export interface CallContext {
  readonly session: CallerSession;
}

/** What a handler answers: the call's output, or one of the call's declared failures. */
export type HandlerResult<Spec extends CallSpec> = z.output<Spec['output']> | Failure<Spec['errors'][number]>;

export type Handler<Spec extends CallSpec> = (
  input: z.output<Spec['input']>,
  context: CallContext,
) => HandlerResult<Spec> | Promise<HandlerResult<Spec>>;

/**
 * One handler per call of a contract group; the compiler refuses a missing or extra one. A
 * feature's factory returns `Handlers<typeof itsCalls>`, so no call name is written twice.
 */
export type Handlers<C extends Contract> = { readonly [Name in keyof C]: Handler<C[Name]> };

/** The caller of a role-restricted call; the dispatcher has already refused anonymous callers. */
export function signedInUser({ session }: CallContext): SessionUser {
  if (!session.user) throw new AppError('NOT_SIGNED_IN');
  return session.user;
}
