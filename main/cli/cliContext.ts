import type { AppCallResult, CallInput, CallName, CallOutput } from '../../shared/contract';
import type { ErrorPayload } from '../../shared/errors';
import type { Language } from '../../shared/i18n/language';
import type { Core } from '../core/createCore';
import type { CallerSession } from '../core/session';

/** A wrong command line: exit code 2 with the usage. */
export class UsageError extends Error {}

/** The call was made and refused or failed: exit code 1 with one line on stderr. */
export class CallFailed extends Error {
  constructor(readonly error: ErrorPayload) {
    super(error.message.en);
  }
}

export interface CliOutput {
  write(text: string): void;
}

export interface CliContext {
  readonly language: Language;
  readonly stdout: CliOutput;
  /** Makes a call through the same dispatcher as the windows; throws CallFailed on an error result. */
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
      if (!result.ok) throw new CallFailed(result.error);
      return result.value;
    },
  };
}
