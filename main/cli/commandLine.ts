import { message } from '../../shared/i18n/messages';
import type { Bilingual } from '../../shared/i18n/language';

/** Options every command takes, wherever they stand on the line. */
export interface GlobalOptions {
  dataDir?: string;
  lang?: string;
  user?: string;
  help: boolean;
  version: boolean;
}

const withValue: Readonly<Record<string, 'dataDir' | 'lang' | 'user'>> = {
  '--data-dir': 'dataDir',
  '--lang': 'lang',
  '--user': 'user',
};

/** A wrong command line: exit code 2 with the usage. */
export class UsageError extends Error {
  constructor(readonly reason: Bilingual | null) {
    super(reason?.en ?? 'usage');
  }
}

/**
 * Takes the global options out of the line wherever they are (`info --data-dir X` and
 * `--data-dir X info` are the same); the rest, in order, names the command and its options.
 */
export function splitGlobalOptions(argv: readonly string[]): { globals: GlobalOptions; rest: string[] } {
  const globals: GlobalOptions = { help: false, version: false };
  const rest: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const token = argv[index]!;
    if (token === '--') {
      rest.push(...argv.slice(index + 1));
      break;
    }
    if (token === '--help' || token === '-h') globals.help = true;
    else if (token === '--version' || token === '-V') globals.version = true;
    else {
      const [name, inline] = token.startsWith('--') && token.includes('=') ? token.split(/=(.*)/s) : [token, undefined];
      const key = withValue[name!];
      if (!key) {
        rest.push(token);
        continue;
      }
      const value = inline ?? argv[index + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        throw new UsageError(message('cli.parse.missingValue', { option: name! }));
      if (inline === undefined) index += 1;
      globals[key] = value;
    }
  }
  return { globals, rest };
}

function isParseArgsError(error: unknown): error is TypeError & { code: string } {
  return error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

/** Node's own parsing errors are in English: say the same in the chosen language. */
export function parseErrorReason(error: unknown): Bilingual | null {
  if (!isParseArgsError(error)) return null;
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const option = quoted.split(' ')[0] ?? quoted;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return message('cli.parse.unknownOption', { option });
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return message('cli.parse.unexpected', { argument: quoted });
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? message('cli.parse.missingValue', { option })
        : message('cli.parse.noValue', { option });
    default:
      return message('cli.parse.unreadable');
  }
}

/** A command's string option, or undefined when it is absent or empty. */
export const optionText = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
