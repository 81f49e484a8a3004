import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { defaultLanguage, isLanguage, type Language } from '../../shared/i18n/language';
import { message, say } from '../../shared/i18n/messages';
import { appName, appVersion } from '../config/appIdentity';
import { resolveDataDirectory } from '../config/dataDirectory';
import { createCore } from '../core/createCore';
import { createCliContext, type CliContext, type CliOutput } from './cliContext';
import type { CliCommand, OptionValues } from './command';
import { parseErrorReason, splitGlobalOptions, UsageError } from './commandLine';
import { commands } from './commands';
import { commandHelp, generalUsage } from './help';
import { createPrompter, type PromptInput } from './prompter';

export interface CliIo {
  readonly stdin: PromptInput;
  /** Where questions are written (the terminal's stderr). */
  readonly questions: NodeJS.WritableStream;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env: NodeJS.ProcessEnv;
}

function findCommand(rest: readonly string[]): { command: CliCommand; args: readonly string[] } | null {
  const matching = commands
    .filter((command) => command.words.every((word, position) => rest[position] === word))
    .sort((a, b) => b.words.length - a.words.length)[0];
  return matching ? { command: matching, args: rest.slice(matching.words.length) } : null;
}

function parseCommandLine(command: CliCommand, args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: command.options,
      strict: true,
      allowPositionals: (command.positionals ?? 0) > 0,
    });
    if (positionals.length > (command.positionals ?? 0))
      throw new UsageError(message('cli.parse.unexpected', { argument: positionals.at(-1)! }));
    return { values: values as OptionValues, positionals };
  } catch (error) {
    const reason = parseErrorReason(error);
    if (reason) throw new UsageError(reason);
    throw error;
  }
}

/** A read-only command never creates the data folder; a file in its place is refused at once. */
function refuseFileAsDataFolder(dataDirectory: string): void {
  const found = statSync(dataDirectory, { throwIfNoEntry: false });
  if (found && !found.isDirectory()) throw new AppError('DATA_DIRECTORY_UNAVAILABLE', { path: dataDirectory });
}

/**
 * Everything that can be checked before a password is asked, in that order: the command line
 * (exit 2), the vault there or not (exit 1), then the sign-in, then the role for every call the
 * command makes — so nobody types a password, or a new one twice, only to be refused.
 */
async function prepare(
  command: CliCommand,
  values: OptionValues,
  positionals: readonly string[],
  context: CliContext,
  user: string | undefined,
  dataDirectory: string,
): Promise<void> {
  const signsIn =
    typeof command.signsIn === 'function' ? command.signsIn(values, user !== undefined) : command.signsIn === true;
  if (signsIn && !user) throw new UsageError(message('cli.cliContext.thisCommandNeedsUser'));
  // Signing in needs a vault, whatever else the command does.
  const vault = command.vault ?? (signsIn ? 'present' : undefined);
  if (vault) {
    const { vaultState } = await context.call('session.status', {});
    if (vault === 'present' && vaultState === 'absent') throw new AppError('VAULT_ABSENT', { path: dataDirectory });
    if (vault === 'absent' && vaultState !== 'absent') throw new AppError('VAULT_EXISTS');
  }
  if (!signsIn) return;
  await context.signIn();
  const calls = typeof command.calls === 'function' ? command.calls(values, positionals) : (command.calls ?? []);
  for (const call of calls) context.requireAccess(call);
}

/** Runs one command line; returns the exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let language: Language = isLanguage(io.env.KIEM_PHIEU_LANG) ? io.env.KIEM_PHIEU_LANG : defaultLanguage;
  const prompter = createPrompter(io.stdin, io.questions);
  let found: ReturnType<typeof findCommand> = null;
  try {
    const { globals, rest } = splitGlobalOptions(argv);
    if (globals.lang !== undefined) {
      if (!isLanguage(globals.lang)) throw new UsageError(message('cli.parse.language', { language: globals.lang }));
      language = globals.lang;
    }
    if (globals.version || (rest.length === 1 && rest[0] === 'version')) {
      io.stdout.write(`kiem-phieu ${appVersion} (${appName})\n`);
      return 0;
    }
    found = findCommand(rest);
    if (!found) {
      if (globals.help || rest[0] === 'help') {
        io.stdout.write(generalUsage(language));
        return 0;
      }
      throw new UsageError(rest.length > 0 ? message('cli.parse.unknownCommand', { command: rest.join(' ') }) : null);
    }
    if (globals.help) {
      io.stdout.write(commandHelp(found.command, language));
      return 0;
    }
    const { values, positionals } = parseCommandLine(found.command, found.args);
    found.command.check?.(values, positionals);
    const dataDirectory = resolveDataDirectory(globals.dataDir, io.env);
    refuseFileAsDataFolder(dataDirectory);
    const core = createCore({ shell: 'cli', dataDirectory, environment: io.env });
    try {
      const context = createCliContext({
        core,
        session: core.openSession('cli'),
        language,
        stdout: io.stdout,
        stderr: io.stderr,
        prompter,
        user: globals.user,
      });
      await prepare(found.command, values, positionals, context, globals.user, dataDirectory);
      await found.command.run(values, context, positionals);
    } finally {
      core.shutdown();
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      const { code, message: reason } = error.payload;
      io.stderr.write(
        found?.command.errorsAsJson
          ? `${JSON.stringify({ code, message: reason[language] })}\n`
          : `kiem-phieu: ${reason[language]}\n`,
      );
      return 1;
    }
    if (error instanceof UsageError) {
      if (error.reason) io.stderr.write(`kiem-phieu: ${error.reason[language]}\n`);
      io.stderr.write(found ? commandHelp(found.command, language) : generalUsage(language));
      return 2;
    }
    io.stderr.write(
      `kiem-phieu: ${say(language, 'errors.INTERNAL')} (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return 1;
  } finally {
    prompter.close();
  }
}
