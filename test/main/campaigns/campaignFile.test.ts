import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CampaignFile } from '../../../shared/campaigns/campaignFile';
import { runCommandLine as run } from '../../helpers/cliRun';
import { expectMatchesFormat } from '../../helpers/formats';
import { coreWithVault } from '../../helpers/testCore';
import { campaignFields } from '../../helpers/testCampaign';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { adminPassword } from '../../helpers/testVault';

const unitsFile = join(import.meta.dirname, '..', '..', 'fixtures', 'units', 'units-good.csv');

/** A draft with units, an override with its reason, a held draw and the contests it decided. */
async function preparedCampaign(dataDirectory: string) {
  const { core, admin } = await coreWithVault(dataDirectory);
  const campaign = await admin.ok('campaigns.create', await campaignFields(admin));
  await admin.ok('campaigns.importUnits', {
    campaignId: campaign.id,
    file: { fileName: 'units-good.csv', contentBase64: readFileSync(unitsFile).toString('base64') },
  });
  const units = await admin.ok('campaigns.units', { campaignId: campaign.id });
  const hoaPhuong = units.find((unit) => unit.name === 'Mầm non Hoa Phượng')!;
  await admin.ok('campaigns.setEligibilityOverride', {
    subjectId: hoaPhuong.subjects[0]!.id,
    reason: 'Điều động theo quyết định của Quận, đã công tác 5 tháng',
  });
  await admin.ok('draws.hold', {
    campaignId: campaign.id,
    seed: '4 2 6 1 3 5',
    counts: [{ unitType: 'thcs', count: 2 }],
    meeting: { heldOn: '2023-02-24', place: 'Hội trường Quận ủy', chair: 'Nguyễn Thị Thu Hằng', witnesses: [] },
  });
  const contests = await admin.ok('campaigns.generateContests', { campaignId: campaign.id });
  return { core, admin, campaign, units, contests };
}

describe('a campaign as one file (campaign export / campaign import)', () => {
  const temp = useTempDirectories();

  it('moves a whole setup to another vault with the same ids: units, people, overrides, draw, templates, contests', async () => {
    const source = await preparedCampaign(temp());
    const { file } = await source.admin.ok('campaigns.exportSetup', { campaignId: source.campaign.id });
    expectMatchesFormat('campaign', file);
    source.core.shutdown();

    const target = await coreWithVault(temp());
    const imported = await target.admin.ok('campaigns.importSetup', { file });
    expect(imported).toMatchObject({
      id: source.campaign.id,
      status: 'draft',
      drawHeld: true,
      name: source.campaign.name,
    });
    expect(await target.admin.ok('campaigns.contests', { campaignId: imported.id })).toEqual(source.contests);
    expect(await target.admin.ok('campaigns.units', { campaignId: imported.id })).toEqual(
      source.units.map((unit) =>
        unit.name === 'Mầm non Hoa Phượng' ? expect.objectContaining({ eligible: true }) : unit,
      ),
    );
    const again = await target.admin.ok('campaigns.exportSetup', { campaignId: imported.id });
    expect(again.file).toEqual(file);
    expect(await target.admin.code('campaigns.importSetup', { file })).toBe('CAMPAIGN_EXISTS');
    target.core.shutdown();
  });

  it('refuses a file naming what this vault lacks, and changes nothing', async () => {
    const source = await preparedCampaign(temp());
    const { file } = await source.admin.ok('campaigns.exportSetup', { campaignId: source.campaign.id });
    source.core.shutdown();
    const target = await coreWithVault(temp());
    const broken: CampaignFile = {
      ...file,
      units: file.units.map((unit, index) => (index === 0 ? { ...unit, unitType: 'dai_hoc' } : unit)),
    };
    const refused = await target.admin.call('campaigns.importSetup', { file: broken });
    expect(!refused.ok && refused.error.code).toBe('CAMPAIGN_FILE_INVALID');
    expect(!refused.ok && refused.error.message.vi).toContain('«dai_hoc»');
    expect(await target.admin.ok('campaigns.list', {})).toEqual([]);
    expect(await target.admin.code('campaigns.importSetup', { file: { ...file, version: 2 } })).toBe('INVALID_INPUT');
    target.core.shutdown();
  });

  it('campaign export and campaign import on the command line', async () => {
    const sourceFolder = temp();
    const source = await preparedCampaign(sourceFolder);
    source.core.shutdown();
    const out = join(temp(), 'dot.json');
    const exported = await run(
      [
        '--data-dir',
        sourceFolder,
        '--user',
        'quantri',
        'campaign',
        'export',
        '--campaign',
        source.campaign.id,
        '--out',
        out,
      ],
      [adminPassword],
    );
    expect(exported.code, exported.stderr).toBe(0);
    expectMatchesFormat('campaign', JSON.parse(readFileSync(out, 'utf8')));
    const targetFolder = temp();
    (await coreWithVault(targetFolder)).core.shutdown();
    const imported = await run(
      ['--data-dir', targetFolder, '--user', 'quantri', 'campaign', 'import', '--file', out],
      [adminPassword],
    );
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toBe(`${source.campaign.id}\n`);
  });
});
