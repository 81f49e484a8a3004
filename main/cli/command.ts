import type { ParseArgsConfig } from 'node:util';
import type { CallName } from '../../shared/contract';
import type { Bilingual } from '../../shared/i18n/language';
import type { CliContext } from './cliContext';

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CliCommand {
  /** The words that name it: ['info'], ['vault', 'init'] … */
  readonly words: readonly string[];
  /** Its options and what it does, one line, as the command list and `--help` show it. */
  readonly usage: Bilingual;
  /** Its own options (the global ones are taken out first, wherever they stand). */
  readonly options: CommandOptions;
  /** How many words may follow it besides options (`api CALL` takes one). */
  readonly positionals?: number;
  /** Checked before anything is asked: most commands need the vault; `vault init` needs none there. */
  readonly vault?: 'present' | 'absent';
  /** Whether it signs in as --user (asked for the password) before running. */
  readonly signsIn?: boolean | ((values: OptionValues, userGiven: boolean) => boolean);
  /**
   * The calls it makes once signed in: a role that may not make one of them is refused right
   * after the sign-in, before any other question (a second password, a confirmation).
   */
  readonly calls?: readonly CallName[] | ((values: OptionValues, positionals: readonly string[]) => CallName[]);
  /** Its failures as one JSON object `{code, message}` on stderr rather than a sentence (`api`). */
  readonly errorsAsJson?: boolean;
  /** Refuses a wrong command line (UsageError, exit 2) before anything is asked or opened. */
  check?(values: OptionValues, positionals: readonly string[]): void;
  run(values: OptionValues, context: CliContext, positionals: readonly string[]): Promise<void>;
}
