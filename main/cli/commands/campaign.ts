import { readFile, writeFile } from 'node:fs/promises';
import { message } from '../../../shared/i18n/messages';
import { optionText, UsageError } from '../commandLine';
import type { CliCommand } from '../command';

/** A campaign's whole setup to one JSON file (shared/formats/campaign.schema.json). */
export const campaignExportCommand: CliCommand = {
  words: ['campaign', 'export'],
  usage: message('cli.campaign.exportUsage'),
  options: { campaign: { type: 'string' }, out: { type: 'string' } },
  signsIn: true,
  calls: ['campaigns.exportSetup'],
  check(values) {
    if (!optionText(values.campaign) || !optionText(values.out))
      throw new UsageError(message('cli.campaign.exportNeeds'));
  },
  async run(values, context) {
    const { file } = await context.call('campaigns.exportSetup', { campaignId: optionText(values.campaign)! });
    await writeFile(optionText(values.out)!, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    context.stdout.write(`${optionText(values.out)}\n`);
  },
};

/** Builds a campaign from such a file, as a draft, keeping its ids; prints the campaign's id. */
export const campaignImportCommand: CliCommand = {
  words: ['campaign', 'import'],
  usage: message('cli.campaign.importUsage'),
  options: { file: { type: 'string' } },
  signsIn: true,
  calls: ['campaigns.importSetup'],
  check(values) {
    if (!optionText(values.file)) throw new UsageError(message('cli.backup.needsFile'));
  },
  async run(values, context) {
    const path = optionText(values.file)!;
    let file: unknown;
    try {
      file = JSON.parse(await readFile(path, 'utf8')) as unknown;
    } catch {
      throw new UsageError(message('cli.api.inputNotJson', { file: path }));
    }
    const campaign = await context.call('campaigns.importSetup', { file } as never);
    context.stdout.write(`${campaign.id}\n`);
  },
};
