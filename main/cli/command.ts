import type { Bilingual } from '../../shared/i18n/language';
import type { CliContext } from './cliContext';

export interface CliCommand {
  /** The words that name it: ['info'], ['vault', 'init'] … */
  readonly words: readonly string[];
  readonly usage: Bilingual;
  run(args: readonly string[], context: CliContext): Promise<void>;
}
