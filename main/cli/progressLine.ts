import { message } from '../../shared/i18n/messages';
import type { Bilingual } from '../../shared/i18n/language';
import type { CliOutput } from './cliContext';

const phaseNames: Readonly<Record<string, Bilingual>> = {
  snapshot: message('cli.progressLine.snapshot'),
  digest: message('cli.progressLine.hashing'),
  write: message('cli.progressLine.encryptingAndWriting'),
  verify: message('cli.progressLine.decryptingAndChecking'),
  restore: message('cli.progressLine.decryptingCheckingAndWriting'),
  'safety-backup': message('cli.progressLine.backingUpTheCurrent'),
  checkLines: message('cli.progressLine.checkingLines'),
  storeBallots: message('cli.progressLine.storingBallots'),
  checkPackage: message('cli.progressLine.checkingPackage'),
  mergeBatches: message('cli.progressLine.mergingBatches'),
};

/**
 * Progress of a long task on stderr: one line rewritten in place on a terminal, a new line
 * per phase and per tenth otherwise (logs stay short), so stdout keeps only the result.
 */
export function progressLine(stderr: CliOutput, language: 'vi' | 'en', terminal: boolean) {
  let last = '';
  return {
    report(done: number, total: number, phase: string) {
      const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
      const name = phaseNames[phase]?.[language] ?? phase;
      const shown = terminal ? `${name} ${percent} %` : `${name} ${Math.floor(percent / 10) * 10} %`;
      if (shown === last) return;
      last = shown;
      stderr.write(terminal ? `\r\x1b[K${shown}` : `${shown}\n`);
    },
    finish() {
      if (terminal && last) stderr.write('\n');
    },
  };
}
