import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures/browserShell';
import { longBienCampaign } from '../fixtures/campaignData';
import { ok, openSchoolContest, templateVersions } from './fixtures/schoolContest';
import { watch } from './helpers';

const unitsCsv = join(import.meta.dirname, '..', 'fixtures', 'units', 'units-good.csv');

/**
 * Saving an edit form without touching it changes nothing: every field the record has is loaded
 * into the form. (The campaign form once left "Địa danh" out, so one press of Lưu erased it and
 * every document's date line lost its place.)
 */
test('saving the campaign form unchanged leaves the campaign exactly as it was; advancing it asks first', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  await shell.createVault();
  const version = await templateVersions(shell);
  const created = await ok<{ id: string }>(shell, 'campaigns.create', {
    ...longBienCampaign(version('school-head-ethics')),
    percentageBase: 'valid',
    keyingsRequired: 3,
    flagThresholdPercent: 25,
    textFloor: 12,
    schedule: [
      { unitType: 'thcs', pollDate: '2023-05-03', templateVersionId: version('school-head-ethics') },
      { unitType: 'phuong', pollDate: '2023-10-09', templateVersionId: version('ward-head-ethics') },
    ],
  });
  const before = await ok<Record<string, unknown>>(shell, 'campaigns.get', { campaignId: created.id });

  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/campaigns/${created.id}/info`);
  await expect(page.getByLabel('Địa danh')).toHaveValue('Long Biên');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Đã lưu.')).toBeVisible();

  const after = await ok<Record<string, unknown>>(shell, 'campaigns.get', { campaignId: created.id });
  expect(after).toEqual(before);

  // Advancing the campaign cannot be undone: the button only asks, naming what is locked.
  await page.getByRole('button', { name: 'Chuyển sang «Đang lấy ý kiến»' }).click();
  const question = page.getByRole('group', { name: /lịch, mẫu phiếu và danh sách đơn vị bị khóa/ });
  await expect(question.getByRole('button', { name: 'Chuyển sang «Đang lấy ý kiến»' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  expect((await ok<{ status: string }>(shell, 'campaigns.get', { campaignId: created.id })).status).toBe('draft');

  // Once open, the campaign reads back with unit types by name, never their internal codes.
  await ok(shell, 'campaigns.importUnits', {
    campaignId: created.id,
    file: { fileName: 'units.csv', contentBase64: readFileSync(unitsCsv).toString('base64') },
  });
  await ok(shell, 'campaigns.generateContests', { campaignId: created.id });
  await ok(shell, 'campaigns.advance', { campaignId: created.id, to: 'open' });
  await page.reload();
  const summary = page.locator('dl.info-list');
  await expect(summary).toContainText('Long Biên');
  await expect(summary).toContainText('Trường THCS');
  await expect(summary).not.toContainText('thcs');
  await expect(summary).not.toContainText('phuong');
  expect(seen.problems).toEqual([]);
});

/**
 * One invalidation rule: a change saved through any form reloads every view derived from it. The
 * reconciliation once kept showing the old result until the page was reloaded.
 */
test('after the counts are saved, the reconciliation shows the new result without a reload', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  const { campaign, contest } = await openSchoolContest(shell);
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  const card = page.locator('article[data-contest]').first();
  // Nothing keyed yet: some rules do not hold.
  await expect(card.locator('li[data-rule]').first()).toBeVisible();
  const failing = card.locator('li[data-rule][data-ok="false"]');
  const before = await failing.count();
  expect(before).toBeGreaterThan(0);

  // 20 returned, 19 valid and no invalid reason: one more rule fails, at once.
  await card.getByRole('button', { name: 'Ghi số phiếu' }).click();
  await card.getByLabel('Hợp lệ', { exact: true }).fill('19');
  await card.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(failing).toHaveCount(before + 1);
  expect(seen.problems).toEqual([]);
});

/**
 * Messages a person understands: input the core refuses is named by the field's own label and
 * the problem in plain words, never a key path or a validator's wording ("Quá nhỏ: mong đợi…").
 */
test('a refused field is named by its label, in plain words', async ({ page, shell }) => {
  const seen = watch(page);
  const { campaign, contest } = await openSchoolContest(shell);
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}/unit/${contest.unitId}`);
  await page.getByRole('button', { name: 'Ghi hội nghị' }).click();
  const form = page.getByRole('form', { name: 'Ghi hội nghị' });
  await form.getByLabel('Địa điểm').fill('Phòng hội đồng '.repeat(25));
  await form.getByRole('button', { name: 'Lưu' }).click();
  const alert = form.getByRole('alert');
  await expect(alert).toContainText('Địa điểm: dài quá: tối đa 300 ký tự');
  await expect(alert).not.toContainText(/place|string|mong đợi|Quá nhỏ|trường «/);
  expect(seen.problems).toEqual([]);
});

/** The template editor shows the fields of the scale being edited, and a people-rows rating gets its people. */
test('the template editor follows the scale; a rating ballot is given its people by pasting a list', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  await shell.createVault();
  const templates = await ok<Array<{ code: string; versions: Array<{ id: string }> }>>(shell, 'templates.list', {});
  const builtIn = (code: string) => templates.find((template) => template.code === code)!.versions[0]!.id;
  const rating = await ok<{ id: string }>(shell, 'templates.newVersion', {
    versionId: builtIn('member-quality-rating'),
  });
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/campaigns/templates/${rating.id}`);

  // A quality rating: rating levels and people, no prestige section.
  await expect(page.getByLabel('Các mức xếp loại (mỗi dòng một mức)')).toBeVisible();
  await expect(page.getByLabel('Phần mức độ uy tín (để trống nếu không có)')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Những người được xếp loại' })).toBeVisible();
  await page.getByLabel('Dán danh sách (mỗi dòng một người)').fill('Nguyễn Văn An\n\nTrần Thị Bình\nLê Văn Cường\n');
  await page.getByRole('button', { name: 'Thêm 3 người vào phiếu' }).click();
  await expect(page.getByLabel('Người 3')).toHaveValue('Lê Văn Cường');
  await page.getByRole('button', { name: 'Lưu mẫu phiếu' }).click();
  await expect(page.getByText('Đã lưu mẫu phiếu.')).toBeVisible();
  const saved = await ok<{ content: { criteria: Array<{ text: string }>; prestigeHeading: string | null } }>(
    shell,
    'templates.get',
    { versionId: rating.id },
  );
  expect(saved.content.criteria.map((row) => row.text)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
  expect(saved.content.prestigeHeading).toBeNull();

  // Switched to 10 points: no level names to give; back to criteria, with prestige.
  await page.getByLabel('Cách đánh giá').selectOption({ label: 'Thang điểm 10' });
  await expect(page.getByLabel('Các mức đánh giá (mỗi dòng một mức)')).toHaveCount(0);
  await expect(page.getByLabel('Các mức xếp loại (mỗi dòng một mức)')).toHaveCount(0);
  await expect(page.getByText('Thang điểm 10: phiếu in mười cột điểm 1–10')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Các nội dung đánh giá' })).toBeVisible();
  await expect(page.getByLabel('Phần mức độ uy tín (để trống nếu không có)')).toBeVisible();
  expect(seen.problems).toEqual([]);
});
