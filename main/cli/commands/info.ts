import { parseArgs } from 'node:util';
import type { Bilingual } from '../../../shared/i18n/language';
import { shellLabels } from '../../../shared/shells';
import { vaultStateLabels } from '../../../shared/vault/vaultStates';
import type { CliCommand } from '../command';

export const infoCommand: CliCommand = {
  words: ['info'],
  usage: {
    vi: 'info [--json]                       phiên bản, thư mục dữ liệu, trạng thái kho dữ liệu',
    en: 'info [--json]                       version, data directory, vault state',
  },
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean', default: false } },
      strict: true,
    });
    const info = await context.call('app.info', {});
    if (values.json) {
      context.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
      return;
    }
    const language = context.language;
    const rows: Array<[Bilingual, string]> = [
      [{ vi: 'Phiên bản', en: 'Version' }, `${info.name} ${info.version}`],
      [{ vi: 'Giao diện', en: 'Shell' }, shellLabels[info.shell][language]],
      [{ vi: 'Thư mục dữ liệu', en: 'Data directory' }, info.dataDirectory],
      [{ vi: 'Kho dữ liệu', en: 'Vault' }, vaultStateLabels[info.vaultState][language]],
      [{ vi: 'Ngôn ngữ', en: 'Language' }, info.language],
      [{ vi: 'Nền tảng', en: 'Platform' }, `${info.platform}, ${info.runtime}`],
    ];
    const width = Math.max(...rows.map(([label]) => label[language].length));
    for (const [label, value] of rows) context.stdout.write(`${label[language].padEnd(width)}  ${value}\n`);
  },
};
