import type { AppCallResult, CallInput, CallName, CallOutput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/i18n/language';
import type { Core } from '../core/createCore';
import type { CallerSession } from '../core/session';

/** A wrong command line: exit code 2 with the usage. */
export class UsageError extends Error {}

export interface CliOutput {
  write(text: string): void;
}

export interface CliContext {
  readonly language: Language;
  readonly stdout: CliOutput;
  /** Makes a call through the same dispatcher as the windows; throws AppError on an error result (exit code 1). */
  call<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<CallOutput<Name>>;
}

export function createCliContext(
  core: Core,
  session: CallerSession,
  language: Language,
  stdout: CliOutput,
): CliContext {
  return {
    language,
    stdout,
    async call(name, input) {
      const result = (await core.dispatcher.dispatch(name, input, session)) as AppCallResult<typeof name>;
      if (!result.ok) throw AppError.fromPayload(result.error);
      return result.value;
    },
  };
}
