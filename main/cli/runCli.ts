import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { defaultLanguage, isLanguage, type Language } from '../../shared/i18n/language';
import { resolveDataDirectory } from '../config/dataDirectory';
import { createCore } from '../core/createCore';
import { createCliContext, UsageError, type CliOutput } from './cliContext';
import type { CliCommand } from './command';
import { backupExportCommand, backupRestoreCommand, backupVerifyCommand } from './commands/backup';
import { drawVerifyCommand } from './commands/draw';
import { infoCommand } from './commands/info';
import { resultVerifyCommand } from './commands/result';
import { tallyCommand } from './commands/tally';
import { userAddCommand, userPasswordCommand, userRemoveCommand } from './commands/user';
import { auditVerifyCommand, vaultCheckCommand, vaultInitCommand } from './commands/vault';
import { createPrompter, type PromptInput } from './prompter';

const commands: readonly CliCommand[] = [
  infoCommand,
  vaultInitCommand,
  vaultCheckCommand,
  userAddCommand,
  userRemoveCommand,
  userPasswordCommand,
  auditVerifyCommand,
  drawVerifyCommand,
  resultVerifyCommand,
  tallyCommand,
  backupExportCommand,
  backupVerifyCommand,
  backupRestoreCommand,
];

export interface CliIo {
  readonly stdin: PromptInput;
  /** Where questions are written (the terminal's stderr). */
  readonly questions: NodeJS.WritableStream;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env: NodeJS.ProcessEnv;
}

function usage(language: Language): string {
  const head =
    language === 'vi'
      ? 'Cách dùng: kiem-phieu [--data-dir THƯ_MỤC] [--lang vi|en] [--user ĐĂNG_NHẬP] <lệnh> [tùy chọn]\n' +
        'Mật khẩu luôn được hỏi (hoặc đọc từ stdin), không bao giờ lấy từ dòng lệnh.\n\nCác lệnh:\n'
      : 'Usage: kiem-phieu [--data-dir DIRECTORY] [--lang vi|en] [--user LOGIN] <command> [options]\n' +
        'Passwords are always prompted for (or read from stdin), never taken from the command line.\n\nCommands:\n';
  return head + commands.map((command) => `  ${command.usage[language]}\n`).join('');
}

const globalOptionsWithValue = new Set(['--data-dir', '--lang', '--user']);

function splitGlobalOptions(argv: readonly string[]): { globals: string[]; rest: string[] } {
  const globals: string[] = [];
  let index = 0;
  while (index < argv.length && argv[index]?.startsWith('-')) {
    const option = argv[index] ?? '';
    globals.push(option);
    if (globalOptionsWithValue.has(option)) globals.push(argv[++index] ?? '');
    index += 1;
  }
  return { globals, rest: argv.slice(index) };
}

function findCommand(rest: readonly string[]): { command: CliCommand; args: readonly string[] } | null {
  const matching = commands
    .filter((command) => command.words.every((word, position) => rest[position] === word))
    .sort((a, b) => b.words.length - a.words.length)[0];
  return matching ? { command: matching, args: rest.slice(matching.words.length) } : null;
}

function isParseArgsError(error: unknown): boolean {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** Runs one command line; returns the exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let language: Language = isLanguage(io.env.KIEM_PHIEU_LANG) ? io.env.KIEM_PHIEU_LANG : defaultLanguage;
  const prompter = createPrompter(io.stdin, io.questions);
  try {
    const { globals, rest } = splitGlobalOptions(argv);
    const { values } = parseArgs({
      args: globals,
      options: {
        'data-dir': { type: 'string' },
        lang: { type: 'string' },
        user: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.lang !== undefined) {
      if (!isLanguage(values.lang)) throw new UsageError('--lang: vi | en');
      language = values.lang;
    }
    if (values.help || rest[0] === 'help') {
      io.stdout.write(usage(language));
      return 0;
    }
    const found = findCommand(rest);
    if (!found) {
      const named = rest.join(' ');
      throw new UsageError(named ? `${language === 'vi' ? 'không có lệnh' : 'unknown command'} «${named}»` : '');
    }

    const core = createCore({ shell: 'cli', dataDirectory: resolveDataDirectory(values['data-dir'], io.env) });
    try {
      const context = createCliContext({
        core,
        session: core.openSession('cli'),
        language,
        stdout: io.stdout,
        stderr: io.stderr,
        prompter,
        user: values.user,
      });
      await found.command.run(found.args, context);
    } finally {
      core.shutdown();
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr.write(`kiem-phieu: ${error.payload.message[language]}\n`);
      return 1;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      if (error instanceof Error && error.message) io.stderr.write(`kiem-phieu: ${error.message}\n`);
      io.stderr.write(usage(language));
      return 2;
    }
    io.stderr.write(`kiem-phieu: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    prompter.close();
  }
}
