import { message } from '../../../shared/i18n/messages';
import type { Bilingual } from '../../../shared/i18n/language';
import { shellLabels } from '../../../shared/shells';
import { vaultStateLabels } from '../../../shared/vault/vaultStates';
import type { CliCommand } from '../command';

export const infoCommand: CliCommand = {
  words: ['info'],
  usage: message('cli.info.infoJsonVersionData'),
  options: { json: { type: 'boolean' } },
  async run(values, context) {
    const info = await context.call('app.info', {});
    if (values.json) {
      context.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
      return;
    }
    const language = context.language;
    const rows: Array<[Bilingual, string]> = [
      [message('cli.info.version'), `${info.name} ${info.version}`],
      [message('cli.info.shell'), shellLabels[info.shell][language]],
      [message('cli.info.dataDirectory'), info.dataDirectory],
      [message('cli.thing.vault'), vaultStateLabels[info.vaultState][language]],
      [message('cli.info.language'), info.language],
      [message('cli.info.platform'), `${info.platform}, ${info.runtime}`],
    ];
    const width = Math.max(...rows.map(([label]) => label[language].length));
    for (const [label, value] of rows) context.stdout.write(`${label[language].padEnd(width)}  ${value}\n`);
  },
};
