import type { CampaignResults, ContestTally, MarkTally, SealRecord } from '../../../shared/results/resultSchemas';
import { schoolForm } from '../../../shared/templates/builtInTemplates';

/** Hand-made results for the document tests: consistent counts, shares by largest remainder. */

function shares(counts: readonly number[], base: number): number[] {
  if (base === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count * 10_000) / base);
  const floors = exact.map(Math.floor);
  let left = 10_000 - floors.reduce((sum, value) => sum + value, 0);
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const).sort((a, b) => b[0] - a[0]);
  for (const [, index] of order) {
    if (left <= 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors;
}

/** levels, blank, multi over `base` ballots, of which `invalid` are invalid ballots. */
function markTally(levels: readonly number[], blank: number, multi: number, invalid: number): MarkTally {
  const all = shares([...levels, blank, multi, invalid], levels.reduce((a, b) => a + b, 0) + blank + multi + invalid);
  return {
    levels: [...levels],
    blank,
    multi,
    shares: {
      levels: all.slice(0, levels.length),
      blank: all[levels.length]!,
      multi: all[levels.length + 1]!,
      invalid: all[levels.length + 2]!,
    },
  };
}

/** Per criterion of the school form: Rất tốt, Tốt, Trung bình, Yếu kém, blank, multi (19 valid ballots). */
const criterionMarks: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [12, 6, 1, 0, 0, 0],
  [11, 7, 1, 0, 0, 0],
  [10, 8, 0, 0, 1, 0],
  [9, 7, 2, 1, 0, 0],
  [12, 5, 1, 0, 0, 1],
  [13, 6, 0, 0, 0, 0],
  [8, 6, 3, 2, 0, 0],
  [12, 7, 0, 0, 0, 0],
  [11, 6, 1, 0, 1, 0],
  [14, 5, 0, 0, 0, 0],
  [10, 7, 2, 0, 0, 0],
  [12, 6, 0, 1, 0, 0],
  [9, 8, 1, 0, 1, 0],
  [13, 5, 1, 0, 0, 0],
  [12, 6, 1, 0, 0, 0],
];

export function sampleTally(overrides: Partial<ContestTally> = {}): ContestTally {
  const invalid = 1;
  const criteria = criterionMarks.map(([veryGood, good, average, poor, blank, multi], index) => {
    const tally = markTally([veryGood, good, average, poor], blank, multi, invalid);
    const goodOrBetter = (tally.shares.levels[0] ?? 0) + (tally.shares.levels[1] ?? 0);
    const lowShare = (tally.shares.levels[2] ?? 0) + (tally.shares.levels[3] ?? 0);
    return {
      ...tally,
      number: index + 1,
      text: schoolForm.criteria[index]!.text,
      goodOrBetter,
      lowShare,
      flagged: lowShare >= 2000,
    };
  });
  const prestige = markTally([11, 6, 2, 0], 0, 0, invalid);
  return {
    contestId: '0b6f1c1e-6a43-4d0e-9c55-2a8f7f0e5a01',
    campaignId: '9d1f3a7c-3c1b-4a51-8a3e-1f2b3c4d5e6f',
    campaignName: 'Lấy ý kiến góp ý người đứng đầu năm 2023',
    year: 2023,
    unitId: '5e0c9a1b-2d3e-4f50-8a6b-7c8d9e0f1a2b',
    unitName: 'THCS Ngọc Lâm',
    unitType: 'thcs',
    subjectName: 'Nguyễn Thị Hồng Vân',
    positions: ['Bí thư Chi bộ', 'Hiệu trưởng'],
    templateVersionId: '3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d',
    scale: 'levels4',
    levelNames: ['Rất tốt', 'Tốt', 'Trung bình', 'Yếu kém'],
    prestigeLevelNames: ['Uy tín rất cao', 'Uy tín cao', 'Uy tín thấp', 'Uy tín rất thấp'],
    ballots: { issued: 21, returned: 20, valid: 19, invalid },
    base: 'returned',
    baseCount: 20,
    threshold: 2000,
    criteria,
    prestige: {
      ...prestige,
      low: 2,
      lowShare: (prestige.shares.levels[2] ?? 0) + (prestige.shares.levels[3] ?? 0),
      lowOverHalf: false,
      lowTwoThirds: false,
    },
    ...overrides,
  };
}

export const sampleDigest = '3f7a9c0e5b2d4816a0c3e5f7092b4d6f8a1c3e5d7f9b0a2c4e6d8f0a1b3c5d7e';

export function sampleSeal(overrides: Partial<SealRecord> = {}): SealRecord {
  return {
    id: '7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
    contestId: sampleTally().contestId,
    sequence: 1,
    reason: null,
    previousDigest: null,
    envelopeSeal: 'NP-2023-017',
    digest: sampleDigest,
    sealedBy: 'Trần Văn Bình',
    sealedAt: '2023-05-17T10:15:00.000Z',
    signed: true,
    signerName: 'Trần Văn Bình',
    signedAt: '2023-05-17T10:20:00.000Z',
    ...overrides,
  };
}

const row = (key: string, label: string, contests: number, validBallots: number, good: number, low: number) => ({
  key,
  label,
  contests,
  suppressed: 0,
  validBallots,
  goodOrBetter: good,
  lowShare: low,
  flaggedCriteria: low >= 2000 ? 2 : 0,
  prestigeLowShare: Math.round(low / 2),
});

export function sampleCampaignResults(): CampaignResults {
  const contest = (
    id: string,
    unitName: string,
    unitType: string,
    subjectName: string,
    good: number,
    low: number,
    digest: string | null,
  ) => ({
    ...row(id, `${unitName} — ${subjectName}`, 1, 19, good, low),
    contestId: id,
    unitName,
    unitType,
    subjectName,
    sealed: digest !== null,
    digest,
    sequence: digest === null ? null : 1,
    earlier: [],
    fewBallots: false,
  });
  const contests = [
    contest(
      '11111111-1111-4111-8111-111111111111',
      'THCS Ngọc Lâm',
      'thcs',
      'Nguyễn Thị Hồng Vân',
      9120,
      520,
      sampleDigest,
    ),
    contest(
      '22222222-2222-4222-8222-222222222222',
      'Tiểu học Gia Thụy',
      'tieu_hoc',
      'Lê Văn Cường',
      8455,
      1210,
      'a0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff',
    ),
    contest('33333333-3333-4333-8333-333333333333', 'Mầm non Hoa Sữa', 'mam_non', 'Phạm Thị Mai', 7630, 2140, null),
  ];
  return {
    campaignId: '9d1f3a7c-3c1b-4a51-8a3e-1f2b3c4d5e6f',
    campaignName: 'Lấy ý kiến góp ý người đứng đầu năm 2023',
    contests,
    byUnit: contests.map((item) => row(item.unitName, item.unitName, 1, 19, item.goodOrBetter, item.lowShare)),
    byUnitType: [
      row('mam_non', 'Trường mầm non', 1, 19, 7630, 2140),
      row('tieu_hoc', 'Trường tiểu học', 1, 19, 8455, 1210),
      row('thcs', 'Trường THCS', 1, 19, 9120, 520),
    ],
    district: row('district', 'Toàn quận', 3, 57, 8402, 1290),
    topCriteria: [
      { text: schoolForm.criteria[9]!.text, goodOrBetter: 9625 },
      { text: schoolForm.criteria[5]!.text, goodOrBetter: 9510 },
      { text: schoolForm.criteria[7]!.text, goodOrBetter: 9433 },
    ],
    bottomCriteria: [
      { text: schoolForm.criteria[6]!.text, lowShare: 2631 },
      { text: schoolForm.criteria[3]!.text, lowShare: 1579 },
      { text: schoolForm.criteria[10]!.text, lowShare: 1052 },
    ],
    ranking: [
      { rank: 1, contestId: contests[0]!.contestId, label: contests[0]!.label, goodOrBetter: 9120 },
      { rank: 2, contestId: contests[1]!.contestId, label: contests[1]!.label, goodOrBetter: 8455 },
      { rank: 3, contestId: contests[2]!.contestId, label: contests[2]!.label, goodOrBetter: 7630 },
    ],
  };
}

export const sampleCampaign = {
  name: 'Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương của người đứng đầu năm 2023',
  planNumber: '167-KH/QU',
  planDate: '2023-01-27',
  issuingBody: 'Ban Thường vụ Quận ủy Long Biên',
  locality: 'Long Biên',
};

export const sampleConference = {
  heldOn: '2023-05-17',
  place: 'Phòng hội đồng trường THCS Ngọc Lâm',
  chair: 'Ngô Mạnh Điềm',
  committee: [
    { name: 'Trần Văn Bình', role: 'head' as const },
    { name: 'Vũ Thị Thân', role: 'member' as const },
    { name: 'Nguyễn Thế Thạch', role: 'member' as const },
  ],
  convened: 22,
  present: 20,
};

export const sampleCounts = {
  issued: 21,
  returned: 20,
  notReturned: 1,
  valid: 19,
  invalid: { notOfficial: 0, blank: 1, identifying: 0, other: 0 },
};

/** The SHA-256 fingerprint of a signing certificate, as the minutes print it beside the digest. */
export const sampleFingerprint = '5e1f0c3a9b7d2e4f6a8c0b1d3e5f7a9c2b4d6e8f0a1c3e5b7d9f1a3c5e7b9d0f';

/** Notes and other comments as keyed (one with markup, which must print as text). */
export const sampleComments = {
  withheld: false,
  textFloor: 10,
  notes: [
    { criterion: 7, text: 'Ít xuống lớp <b>' },
    { criterion: 2, text: 'Cần lắng nghe hơn' },
    { criterion: 7, text: 'Chưa sâu sát' },
  ],
  other: ['Nhiệt tình', 'Đề nghị công khai quỹ hội'],
};
