import {
  contract,
  mayCall,
  type AppCallResult,
  type CallInput,
  type CallName,
  type CallOutput,
} from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { Bilingual, Language } from '../../shared/i18n/language';
import { message } from '../../shared/i18n/messages';
import { roleLabels } from '../../shared/roles';
import type { CallerSession, ProgressListener } from '../base/handlers';
import type { Core } from '../core/createCore';
import type { Prompter } from './prompter';

export interface CliOutput {
  write(text: string): void;
}

export interface CliContext {
  readonly language: Language;
  readonly stdout: CliOutput;
  /** Progress and notes for a person, kept off stdout. */
  readonly stderr: CliOutput;
  readonly prompter: Prompter;
  /** Makes a call through the same dispatcher as the windows; throws AppError on an error result (exit code 1). */
  call<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<CallOutput<Name>>;
  /** The same, while `onProgress` hears each step of the long task the call runs. */
  callFollowing<Name extends CallName>(
    name: Name,
    input: CallInput<Name>,
    onProgress: ProgressListener,
  ): Promise<CallOutput<Name>>;
  /** The result of a call as it comes back, error included (for `api`, which prints either). */
  callRaw(name: CallName, input: unknown): Promise<AppCallResult<CallName>>;
  /** Signs in as the --user given, asking for the password; returns it for commands that need it again. */
  signIn(): Promise<{ login: string; password: string }>;
  /** The password typed at the sign-in of this run, for a command that needs it again. */
  readonly signedIn: { login: string; password: string } | null;
  /** Refuses (FORBIDDEN) before anything else is asked when the signed-in role may not make a call. */
  requireAccess(name: CallName): void;
  /** Asks for a new password twice. */
  newPassword(whose: string): Promise<string>;
  say(text: Bilingual): string;
}

export function createCliContext(options: {
  core: Core;
  session: CallerSession;
  language: Language;
  stdout: CliOutput;
  stderr: CliOutput;
  prompter: Prompter;
  user: string | undefined;
}): CliContext {
  const { core, session, language, prompter } = options;
  const say = (text: Bilingual) => text[language];
  let signedIn: { login: string; password: string } | null = null;
  const context: CliContext = {
    language,
    stdout: options.stdout,
    stderr: options.stderr,
    prompter,
    say,
    get signedIn() {
      return signedIn;
    },
    callRaw: (name, input) => core.dispatcher.dispatch(name, input, session) as Promise<AppCallResult<CallName>>,
    async call(name, input) {
      const result = (await core.dispatcher.dispatch(name, input, session)) as AppCallResult<typeof name>;
      if (!result.ok) throw AppError.fromPayload(result.error);
      return result.value;
    },
    async callFollowing(name, input, onProgress) {
      session.onProgress = onProgress;
      try {
        return await context.call(name, input);
      } finally {
        delete session.onProgress;
      }
    },
    async signIn() {
      const login = options.user ?? '';
      const password = await prompter.askSecret(say(message('cli.cliContext.passwordFor', { user: login })));
      await context.call('session.signIn', { login, password });
      signedIn = { login, password };
      return signedIn;
    },
    requireAccess(name) {
      const role = session.user?.role ?? null;
      if (role && !mayCall(contract[name].access, role)) throw new AppError('FORBIDDEN', { role: roleLabels[role] });
    },
    async newPassword(whose) {
      const first = await prompter.askSecret(say(message('cli.cliContext.newPasswordFor', { whose })));
      const second = await prompter.askSecret(say(message('cli.cliContext.typeTheNewPassword')));
      if (first !== second) throw new AppError('PASSWORDS_DIFFER');
      return first;
    },
  };
  return context;
}
