import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../main/tabular/csv';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyDrawRecord, runDraw } from '../../../main/draws/drawAlgorithm';
import { coreWithVault } from '../../helpers/testCore';
import { campaignFields } from '../../helpers/testCampaign';
import { useTempDirectories } from '../../helpers/tempDirectory';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'units');
const upload = (name: string) => ({
  fileName: name,
  contentBase64: readFileSync(join(fixtures, name)).toString('base64'),
});
const meeting = {
  heldOn: '2023-02-24',
  place: 'Hội trường Quận ủy',
  chair: 'Nguyễn Thị Thu Hằng',
  witnesses: ['Vũ Thị Thân'],
};

async function campaignWithUnits(dataDirectory: string) {
  const { core, admin } = await coreWithVault(dataDirectory);
  const campaign = await admin.ok('campaigns.create', await campaignFields(admin));
  await admin.ok('campaigns.importUnits', { campaignId: campaign.id, file: upload('units-good.csv') });
  return { core, admin, campaignId: campaign.id };
}

describe('campaign setup through the contract', () => {
  const temp = useTempDirectories();

  it('imports nothing from a file with errors and says how many; a good file replaces the list', async () => {
    const { core, admin } = await coreWithVault(temp());
    const campaign = await admin.ok('campaigns.create', await campaignFields(admin));
    const preview = await admin.ok('campaigns.previewUnitImport', {
      campaignId: campaign.id,
      file: upload('units-errors.csv'),
    });
    expect(preview.errors.map((error) => error.row)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const refused = await admin.call('campaigns.importUnits', {
      campaignId: campaign.id,
      file: upload('units-errors.csv'),
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_HAS_ERRORS', message: { vi: expect.stringContaining('8 lỗi') } },
    });
    expect(await admin.ok('campaigns.units', { campaignId: campaign.id })).toEqual([]);

    expect(
      await admin.ok('campaigns.importUnits', { campaignId: campaign.id, file: upload('units-good.xlsx') }),
    ).toMatchObject({
      unitCount: 29,
      subjectCount: 42,
      errors: [],
    });
    expect(await admin.ok('campaigns.get', { campaignId: campaign.id })).toMatchObject({
      unitCount: 29,
      subjectCount: 42,
    });
    const exported = await admin.ok('campaigns.exportUnits', { campaignId: campaign.id, format: 'csv' });
    // The same table as the file imported, written the Vietnamese way (';', BOM) for Excel.
    const written = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    const original = readFileSync(join(fixtures, 'units-good.csv'), 'utf8');
    expect(written.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(written.slice(1), ';')).toEqual(parseCsv(original.replace(/^\uFEFF/, ''), ','));
    core.shutdown();
  });

  it('applies the six-month rule at the poll date, shows why, and lets an admin override with a reason', async () => {
    const { core, admin, campaignId } = await campaignWithUnits(temp());
    const units = await admin.ok('campaigns.units', { campaignId });
    const hoaPhuong = units.find((unit) => unit.name === 'Mầm non Hoa Phượng')!;
    expect(hoaPhuong).toMatchObject({ eligible: false, subjects: [{ fullName: 'Lê Thị Kim Oanh', eligible: false }] });
    expect(hoaPhuong.subjects[0]!.eligibilityNote!.vi).toBe(
      'Về đơn vị ngày 15/01/2023, chưa đủ 6 tháng tính đến ngày lấy ý kiến 01/05/2023.',
    );
    expect(units.find((unit) => unit.name === 'Mầm non Giang Biên')).toMatchObject({ eligible: false, subjects: [] });

    const candidates = await admin.ok('draws.candidates', { campaignId });
    const preschools = candidates.find((group) => group.unitType === 'mam_non')!;
    expect(preschools.candidates.map((unit) => unit.name)).toEqual([
      'Mầm non Bắc Biên',
      'Mầm non Gia Quất',
      'Mầm non Phúc Đồng',
    ]);
    expect(preschools.excluded.map((unit) => unit.name)).toEqual(['Mầm non Giang Biên', 'Mầm non Hoa Phượng']);

    expect(
      await admin.code('campaigns.setEligibilityOverride', { subjectId: hoaPhuong.subjects[0]!.id, reason: 'ok' }),
    ).toBe('INVALID_INPUT');
    await admin.ok('campaigns.setEligibilityOverride', {
      subjectId: hoaPhuong.subjects[0]!.id,
      reason: 'Điều động theo quyết định của Quận, đã công tác 5 tháng',
    });
    const after = (await admin.ok('campaigns.units', { campaignId })).find(
      (unit) => unit.name === 'Mầm non Hoa Phượng',
    )!;
    expect(after).toMatchObject({
      eligible: true,
      subjects: [{ eligible: true, eligibilityOverride: expect.stringContaining('Điều động') }],
    });
    const audit = await admin.ok('audit.list', { event: 'subject.eligibilityOverridden' });
    expect(audit.entries[0]!.details).toMatchObject({ reason: expect.stringContaining('Điều động') });
    core.shutdown();
  });

  it('holds one public draw among eligible units only; anyone can recompute it; it is never redone', async () => {
    const { core, admin, campaignId } = await campaignWithUnits(temp());
    const held = await admin.ok('draws.hold', {
      campaignId,
      seed: '  4 2 6 1 3 5 ',
      counts: [
        { unitType: 'mam_non', count: 2 },
        { unitType: 'tieu_hoc', count: 2 },
        { unitType: 'thcs', count: 2 },
      ],
      meeting,
    });
    expect(held.record.seed).toBe('4 2 6 1 3 5');
    expect(verifyDrawRecord(JSON.parse(JSON.stringify(held.record)))).toEqual(held.record);
    const drawnPreschools = held.record.groups[0]!.drawn.map(
      (position) => held.record.groups[0]!.candidates[position - 1],
    );
    expect(drawnPreschools).not.toContain('Mầm non Hoa Phượng');
    expect(drawnPreschools).toHaveLength(2);
    // The units left out are kept with the draw, with why, for its minutes.
    expect(held.excluded).toContainEqual({
      unitType: 'mam_non',
      name: 'Mầm non Hoa Phượng',
      reason: expect.objectContaining({ vi: expect.any(String) }),
    });
    expect((await admin.ok('draws.get', { campaignId }))!.excluded).toEqual(held.excluded);
    expect(
      await admin.code('draws.hold', { campaignId, seed: 'lại', counts: [{ unitType: 'mam_non', count: 1 }], meeting }),
    ).toBe('DRAW_ALREADY_HELD');
    expect(await admin.code('campaigns.importUnits', { campaignId, file: upload('units-good.csv') })).toBe(
      'UNITS_FIXED_BY_DRAW',
    );

    // Wards are not drawn: all 14, two people each; schools: the 6 drawn, one head each.
    const contests = await admin.ok('campaigns.generateContests', { campaignId });
    expect(contests).toHaveLength(28 + 6);
    expect(
      new Set(contests.filter((contest) => contest.unitType === 'mam_non').map((contest) => contest.unitName)),
    ).toEqual(new Set(drawnPreschools));
    expect(contests.find((contest) => contest.unitType === 'phuong')).toMatchObject({
      templateName: expect.stringContaining('phường'),
    });
    core.shutdown();
  });

  it('never draws an ineligible unit, whatever the seed', async () => {
    const { core, admin, campaignId } = await campaignWithUnits(temp());
    const groups = await admin.ok('draws.candidates', { campaignId });
    const excluded = new Set(groups.flatMap((group) => group.excluded.map((unit) => unit.name)));
    expect(excluded.size).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }).filter((seed) => seed.trim() !== ''),
        (seed) => {
          const record = runDraw({
            seed,
            groups: groups.map((group) => ({
              unitType: group.unitType,
              label: group.label,
              count: Math.min(2, group.candidates.length),
              candidates: group.candidates.map((unit) => unit.name),
            })),
          });
          for (const group of record.groups)
            for (const position of group.drawn) expect(excluded.has(group.candidates[position - 1]!)).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
    core.shutdown();
  });

  it('opening freezes setup: templates, units, schedule and contests are refused through the API', async () => {
    const { core, admin, campaignId } = await campaignWithUnits(temp());
    // A campaign-specific copy of the school form, editable until the campaign opens.
    const schoolVersion = (await admin.ok('campaigns.get', { campaignId })).schedule.find(
      (entry) => entry.unitType === 'thcs',
    )!.templateVersionId;
    const copy = await admin.ok('templates.newVersion', { versionId: schoolVersion });
    const fields = await campaignFields(admin);
    await admin.ok('campaigns.update', {
      campaignId,
      ...fields,
      schedule: fields.schedule.map((entry) =>
        entry.unitType === 'phuong' ? entry : { ...entry, templateVersionId: copy.id },
      ),
    });
    expect(await admin.code('campaigns.advance', { campaignId, to: 'open' })).toBe('CAMPAIGN_CANNOT_ADVANCE');
    await admin.ok('campaigns.generateContests', { campaignId });
    expect(await admin.code('campaigns.advance', { campaignId, to: 'counting' })).toBe('CAMPAIGN_CANNOT_ADVANCE');
    expect(await admin.ok('campaigns.advance', { campaignId, to: 'open' })).toMatchObject({ status: 'open' });

    expect((await admin.ok('templates.get', { versionId: copy.id })).frozen).toBe(true);
    expect(await admin.code('templates.update', { versionId: copy.id, name: 'x', content: copy.content })).toBe(
      'TEMPLATE_FROZEN',
    );
    expect(await admin.code('campaigns.update', { campaignId, ...fields })).toBe('CAMPAIGN_LOCKED');
    expect(await admin.code('campaigns.importUnits', { campaignId, file: upload('units-good.csv') })).toBe(
      'CAMPAIGN_LOCKED',
    );
    expect(await admin.code('campaigns.generateContests', { campaignId })).toBe('CAMPAIGN_LOCKED');
    expect(
      await admin.code('draws.hold', { campaignId, seed: '1', counts: [{ unitType: 'thcs', count: 1 }], meeting }),
    ).toBe('CAMPAIGN_LOCKED');
    core.shutdown();
  });

  it('copies a campaign to the next year with its units, people and templates', async () => {
    const { core, admin, campaignId } = await campaignWithUnits(temp());
    const copy = await admin.ok('campaigns.copyToNextYear', {
      campaignId,
      name: 'Lấy ý kiến năm 2024',
      planNumber: '201-KH/QU',
      planDate: '2024-01-20',
    });
    const source = await admin.ok('campaigns.get', { campaignId });
    expect(copy).toMatchObject({
      year: 2024,
      status: 'draft',
      copiedFrom: campaignId,
      unitCount: 29,
      subjectCount: 42,
      contestCount: 0,
    });
    expect(copy.schedule.map((entry) => entry.pollDate)).toEqual([
      '2024-10-01',
      '2024-05-01',
      '2024-05-01',
      '2024-05-01',
    ]);
    expect(copy.schedule.map((entry) => entry.templateVersionId)).toEqual(
      source.schedule.map((entry) => entry.templateVersionId),
    );
    // A year later, the head who was too new in 2023 may be polled.
    const hoaPhuong = (await admin.ok('campaigns.units', { campaignId: copy.id })).find(
      (unit) => unit.name === 'Mầm non Hoa Phượng',
    )!;
    expect(hoaPhuong.eligible).toBe(true);
    core.shutdown();
  });
});
