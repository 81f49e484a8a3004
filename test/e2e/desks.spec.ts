import { readFileSync } from 'node:fs';
import { expect, test, testVault } from './fixtures/browserShell';
import { ok, openSchoolContest, signInAs } from './fixtures/schoolContest';
import { expectAccessible, expectOnlyOrigins, watch } from './helpers';

const passphrase = 'cụm mật khẩu ký số của trưởng ban';

/** Fingerprints as the other machine's screen shows them: 16 groups of four. */
const grouped = (fingerprint: string) => fingerprint.replaceAll(' ', '').match(/.{4}/g)!.join(' ');

test('the main desk makes a kit for the schools, and another workstation opens it only against the main head’s fingerprint', async ({
  page,
  shell,
  otherShell,
}) => {
  test.setTimeout(180_000);
  const seen = watch(page);
  const { campaign } = await openSchoolContest(shell);
  const main = await ok<{ fingerprint: string }>(shell, 'signing.generate', {
    name: 'Trần Văn Bình',
    post: 'Trưởng ban kiểm phiếu',
    passphrase,
  });

  // The other workstation: its own vault, its own head and certificate.
  await otherShell.createVault();
  await ok(otherShell, 'users.add', {
    login: 'totruong',
    fullName: 'Lê Thị Hoa',
    role: 'head',
    password: 'mật khẩu totruong',
  });
  await signInAs(otherShell, 'totruong');
  const desk = await ok<{ fingerprint: string }>(otherShell, 'signing.generate', {
    name: 'Lê Thị Hoa',
    post: 'Tổ trưởng bàn phụ số 2',
    passphrase,
  });
  await otherShell.call('session.signOut', {});
  await ok(otherShell, 'session.signIn', { login: testVault.admin.login, password: testVault.admin.password });

  // At the main desk: the schools shown, then a kit for them.
  await page.goto(shell.launchUrl);
  await page.goto(`${shell.origin}/#/counting/${campaign.id}`);
  await page.getByLabel('Loại đơn vị').selectOption({ label: 'Trường THCS' });
  await expect(page.locator('table.desk-overview tbody tr')).toHaveCount(5);
  await page.getByText('Bàn phụ (0)').click();
  const kitForm = page.getByRole('form', { name: 'Lập bộ dữ liệu cho một bàn phụ' });
  await kitForm.getByLabel('Tên bàn phụ').fill('Bàn phụ số 2');
  await kitForm.getByLabel('Dấu vân tay chứng thư của tổ trưởng bàn phụ').fill(grouped(desk.fingerprint));
  // This desk's work is keyed again here from the paper (Abacus's rule): chosen by keyboard.
  await kitForm.getByLabel('Bàn chính nhập lại phiếu giấy (lần nhập thứ hai)').focus();
  await page.keyboard.press('Space');
  await kitForm.getByLabel('Cụm mật khẩu ký số của trưởng ban').fill(passphrase);
  const download = page.waitForEvent('download');
  await kitForm.getByRole('button', { name: 'Lập và lưu bộ dữ liệu (5 phiếu)' }).click();
  const kitPath = await (await download).path();
  await expect(kitForm.getByRole('status')).toContainText('Đã lập bộ dữ liệu cho Bàn phụ số 2 (5 phiếu)');
  await expect(page.locator('details.desk-kits table')).toContainText(grouped(desk.fingerprint));
  await expect(page.locator('details.desk-kits table')).toContainText('5 — bàn chính nhập lại');
  const [registered] = await ok<Array<{ secondEntryAtMain: boolean }>>(shell, 'desks.list', {
    campaignId: campaign.id,
  });
  expect(registered!.secondEntryAtMain).toBe(true);
  await expectAccessible(page, 'the desk overview with its desks');

  // At the other workstation: the kit opens only against the main head's fingerprint.
  await page.goto(otherShell.launchUrl);
  await page.goto(`${otherShell.origin}/#/campaigns`);
  const openForm = page.getByRole('form', { name: 'Mở bộ dữ liệu bàn phụ' });
  await openForm.getByLabel('Tệp bộ dữ liệu (.bkp.json)').setInputFiles({
    name: 'ban-phu.bkp.json',
    mimeType: 'application/json',
    buffer: readFileSync(kitPath),
  });
  await openForm.getByLabel('Dấu vân tay chứng thư của trưởng ban bàn chính').fill(desk.fingerprint);
  await openForm.getByRole('button', { name: 'Kiểm tra và mở' }).click();
  await expect(openForm.getByRole('alert')).toContainText('Bộ dữ liệu bàn phụ bị từ chối');
  await expect(openForm.getByRole('alert')).toContainText('Trần Văn Bình');
  await expectAccessible(page, 'the campaigns list of a desk');
  await openForm.getByLabel('Dấu vân tay chứng thư của trưởng ban bàn chính').fill(grouped(main.fingerprint));
  await openForm.getByRole('button', { name: 'Kiểm tra và mở' }).click();
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaign.id}$`));
  await expect(page.getByRole('heading', { name: 'Lấy ý kiến năm 2023' })).toBeVisible();
  const contests = await ok<Array<{ unitName: string }>>(otherShell, 'campaigns.contests', { campaignId: campaign.id });
  expect(contests.map((contest) => contest.unitName).sort()).toEqual([
    'THCS Ngọc Lâm',
    'THCS Ngọc Thụy',
    'THCS Phúc Đồng',
    'THCS Sài Đồng',
    'THCS Thượng Thanh',
  ]);

  expectOnlyOrigins(seen, [shell.origin, otherShell.origin]);
  expect(seen.problems).toEqual([]);
});
