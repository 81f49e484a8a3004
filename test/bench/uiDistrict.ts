// The district the UI benchmark works on, made through the API of a running browser shell: the
// vault, the 2024 campaign of test/fixtures/units/units-district.csv (40 units, 54 people, every
// unit type scheduled, ward and school forms), a public draw of every eligible school (so the draw
// minutes can be printed), the contests, two counters and a head, then each contest counted
// (conference, counts, 20 imported ballots), closed and sealed by the head. A second campaign is
// left in draft for the unit import.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { districtCampaign } from '../fixtures/campaignData';
import type { BenchShell } from './uiShell';

const districtCsv = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'units', 'units-district.csv');

export const benchVault = {
  name: 'Ban Tuyên giáo Quận ủy Long Biên',
  admin: { login: 'quantri', fullName: 'Nguyễn Văn Quản', password: 'mật khẩu quản trị' },
} as const;
export const passwordOf = (login: string) =>
  login === benchVault.admin.login ? benchVault.admin.password : `mật khẩu ${login}`;

export const ballotsPerContest = 20;

export interface DistrictContest {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly unitType: string;
  readonly subjectName: string;
  readonly templateVersionId: string;
}

export interface District {
  readonly campaignId: string;
  readonly draftCampaignId: string;
  readonly contests: readonly DistrictContest[];
  readonly unitCount: number;
  readonly subjectCount: number;
  /** The district's units as the app exports them (XLSX, the import's shape). */
  readonly unitsXlsx: Buffer;
}

/** A small deterministic generator, so that each contest's ballots (and charts) differ. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

/** Marks 1–4 leaning to "Rất tốt"/"Tốt", a different mix per contest. */
function ballotLines(contestId: string, rows: number, seed: number): string {
  const random = generator(seed);
  const mark = (): number => {
    const draw = random();
    return draw < 0.55 ? 1 : draw < 0.85 ? 2 : draw < 0.97 ? 3 : 4;
  };
  return Array.from({ length: ballotsPerContest }, () =>
    JSON.stringify({
      contest: contestId,
      ballot: randomUUID(),
      valid: true,
      answers: Array.from({ length: rows }, mark),
      notes: {},
      other: '',
      prestige: mark(),
    }),
  ).join('\n');
}

/** Signs the shell's one session in as this user (the page follows after a reload). */
export async function signInAs(shell: BenchShell, login: string): Promise<void> {
  await shell.call('session.signOut', {});
  await shell.ok('session.signIn', { login, password: passwordOf(login) });
}

/** Makes the whole district; the session is left signed in as the head. */
export async function makeDistrict(shell: BenchShell, log: (line: string) => void): Promise<District> {
  await shell.ok('vault.create', { vaultName: benchVault.name, admin: benchVault.admin });
  const templates = await shell.ok<Array<{ code: string; versions: Array<{ id: string }>; content?: unknown }>>(
    'templates.list',
    {},
  );
  const version = (code: string) => templates.find((template) => template.code === code)!.versions[0]!.id;
  const rowsOf = new Map([
    [version('school-head-ethics'), 15],
    [version('ward-head-ethics'), 18],
  ]);
  const campaign = await shell.ok<{ id: string }>('campaigns.create', districtCampaign(version, 'Lấy ý kiến năm 2024'));
  const imported = await shell.ok<{ unitCount: number; subjectCount: number }>('campaigns.importUnits', {
    campaignId: campaign.id,
    file: { fileName: 'don-vi.csv', contentBase64: readFileSync(districtCsv).toString('base64') },
  });
  // The public draw, every eligible school of each level drawn: nothing left out, and minutes to print.
  const groups = await shell.ok<Array<{ unitType: string; candidates: unknown[] }>>('draws.candidates', {
    campaignId: campaign.id,
  });
  await shell.ok('draws.hold', {
    campaignId: campaign.id,
    seed: '4 2 6 1 3 5',
    counts: groups
      .filter((group) => group.unitType !== 'phuong' && group.candidates.length > 0)
      .map((group) => ({ unitType: group.unitType, count: group.candidates.length })),
    meeting: {
      heldOn: '2024-02-24',
      place: 'Hội trường Quận ủy',
      chair: 'Nguyễn Thị Thu Hằng',
      witnesses: ['Vũ Thị Thân', 'Nguyễn Thế Thạch'],
    },
  });
  const contests = await shell.ok<DistrictContest[]>('campaigns.generateContests', { campaignId: campaign.id });
  await shell.ok('campaigns.advance', { campaignId: campaign.id, to: 'open' });
  for (const [login, role] of [
    ['kiemphieu1', 'counter'],
    ['kiemphieu2', 'counter'],
    ['truongban', 'head'],
  ] as const) {
    await shell.ok('users.add', { login, fullName: `Người ${login}`, role, password: passwordOf(login) });
  }
  const exported = await shell.ok<{ contentBase64: string }>('campaigns.exportUnits', {
    campaignId: campaign.id,
    format: 'xlsx',
  });
  const draft = await shell.ok<{ id: string }>('campaigns.create', districtCampaign(version, 'Đợt thử nhập đơn vị'));
  log(
    `district: ${imported.unitCount} units, ${imported.subjectCount} people, ${contests.length} contests ` +
      `(${contests.filter((contest) => contest.unitType === 'phuong').length} on the ward form)`,
  );

  await signInAs(shell, 'truongban');
  const units = [...new Set(contests.map((contest) => contest.unitId))];
  for (const unitId of units)
    await shell.ok('counting.saveConference', {
      unitId,
      conference: {
        heldOn: '2024-05-17',
        place: 'Hội trường',
        chair: 'Chủ tọa hội nghị',
        committee: [{ name: 'Trần Văn Bình', role: 'head' }],
        convened: ballotsPerContest + 2,
        present: ballotsPerContest,
      },
    });
  for (const [index, contest] of contests.entries()) {
    const rows = rowsOf.get(contest.templateVersionId);
    if (!rows) throw new Error(`contest ${contest.id}: a form the benchmark does not know`);
    await shell.ok('counting.saveCounts', {
      contestId: contest.id,
      counts: {
        issued: ballotsPerContest,
        returned: ballotsPerContest,
        notReturned: 0,
        valid: ballotsPerContest,
        invalid: { notOfficial: 0, blank: 0, identifying: 0, other: 0 },
      },
    });
    await shell.ok('counting.importBallots', {
      contestId: contest.id,
      fileName: 'phieu.jsonl',
      text: ballotLines(contest.id, rows, index + 1),
    });
    await shell.ok('counting.close', { contestId: contest.id });
    await shell.ok('results.seal', { contestId: contest.id, envelopeSeal: `NP-${String(index + 1).padStart(4, '0')}` });
  }
  return {
    campaignId: campaign.id,
    draftCampaignId: draft.id,
    contests,
    unitCount: imported.unitCount,
    subjectCount: imported.subjectCount,
    unitsXlsx: Buffer.from(exported.contentBase64, 'base64'),
  };
}

/**
 * A large unit list (issue 20: "≤ 3 s for 2,000 rows"): `rows` schools of one person each, with
 * the district file's columns, written as the XLSX a district office would send.
 */
export async function manyUnitsXlsx(rows: number): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const header = readFileSync(districtCsv, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)[0]!
    .split(',');
  const types = ['Trường mầm non', 'Trường tiểu học', 'Trường THCS'];
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
  const middles = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Ngọc', 'Quang', 'Thanh', 'Hữu', 'Kim'];
  const givens = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hải', 'Hương', 'Khánh', 'Lan', 'Long'];
  const places = ['Bồ Đề', 'Cự Khối', 'Gia Thụy', 'Giang Biên', 'Long Biên', 'Ngọc Lâm', 'Phúc Đồng', 'Thạch Bàn'];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  sheet.addRow(header);
  for (let index = 0; index < rows; index += 1) {
    const name = `${families[index % 10]} ${middles[Math.floor(index / 10) % 10]} ${givens[Math.floor(index / 100) % 10]}`;
    const school = `${types[index % 3]} ${places[index % 8]} ${Math.floor(index / 3) + 1}`;
    sheet.addRow([types[index % 3], school, 'Quận ủy Long Biên', 30, name, 'Hiệu trưởng', '01/09/2018']);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
