import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { defaultLanguage, isLanguage, type Language } from '../../shared/i18n/language';
import { resolveDataDirectory } from '../config/dataDirectory';
import { createCore } from '../core/createCore';
import { createCliContext, UsageError, type CliOutput } from './cliContext';
import { infoCommand } from './commands/info';

const commands = [infoCommand];

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env: NodeJS.ProcessEnv;
}

function usage(language: Language): string {
  const head =
    language === 'vi'
      ? 'Cách dùng: kiem-phieu [--data-dir THƯ_MỤC] [--lang vi|en] <lệnh> [tùy chọn]\n\nCác lệnh:\n'
      : 'Usage: kiem-phieu [--data-dir DIRECTORY] [--lang vi|en] <command> [options]\n\nCommands:\n';
  return head + commands.map((command) => `  ${command.usage[language]}\n`).join('');
}

function splitGlobalOptions(argv: readonly string[]): { globals: string[]; rest: string[] } {
  const globals: string[] = [];
  let index = 0;
  while (index < argv.length && argv[index]?.startsWith('--')) {
    const option = argv[index] ?? '';
    globals.push(option);
    if (!option.includes('=') && (option === '--data-dir' || option === '--lang')) globals.push(argv[++index] ?? '');
    index += 1;
  }
  return { globals, rest: argv.slice(index) };
}

/** Runs one command line; returns the exit code: 0 done, 1 failed, 2 wrong usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let language: Language = isLanguage(io.env.KIEM_PHIEU_LANG) ? io.env.KIEM_PHIEU_LANG : defaultLanguage;
  try {
    const { globals, rest } = splitGlobalOptions(argv);
    const { values } = parseArgs({
      args: globals,
      options: {
        'data-dir': { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.lang !== undefined) {
      if (!isLanguage(values.lang)) throw new UsageError(`--lang: vi | en`);
      language = values.lang;
    }
    const [commandName, ...commandArgs] = rest;
    if (values.help || commandName === 'help') {
      io.stdout.write(usage(language));
      return 0;
    }
    const command = commands.find((candidate) => candidate.name === commandName);
    if (!command)
      throw new UsageError(
        commandName ? `${language === 'vi' ? 'không có lệnh' : 'unknown command'} «${commandName}»` : '',
      );

    const core = createCore({ shell: 'cli', dataDirectory: resolveDataDirectory(values['data-dir'], io.env) });
    try {
      await command.run(commandArgs, createCliContext(core, core.openSession('cli'), language, io.stdout));
    } finally {
      core.shutdown();
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr.write(`kiem-phieu: ${error.payload.message[language]}\n`);
      return 1;
    }
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      if (error.message) io.stderr.write(`kiem-phieu: ${error.message}\n`);
      io.stderr.write(usage(language));
      return 2;
    }
    io.stderr.write(`kiem-phieu: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
