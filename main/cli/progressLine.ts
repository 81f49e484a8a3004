import type { Bilingual } from '../../shared/i18n/language';
import type { CliOutput } from './cliContext';

const phaseNames: Readonly<Record<string, Bilingual>> = {
  snapshot: { vi: 'chụp dữ liệu', en: 'snapshot' },
  digest: { vi: 'tính mã băm', en: 'hashing' },
  write: { vi: 'mã hóa và ghi', en: 'encrypting and writing' },
  verify: { vi: 'giải mã và kiểm tra', en: 'decrypting and checking' },
  restore: { vi: 'giải mã, kiểm tra và ghi', en: 'decrypting, checking and writing' },
  'safety-backup': { vi: 'sao lưu kho hiện tại', en: 'backing up the current vault' },
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
