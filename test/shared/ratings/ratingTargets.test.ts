import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareRatingLevels,
  ratedSubjectKindInfo,
  ratingLevelIds,
  type RatedSubjectKind,
  type RatingLevelId,
} from '../../../shared/ratings/ratingLevels';
import {
  computeRatingTargets,
  defaultRatingTargets,
  defaultRatingTargetSet,
  meetsShare,
  ratingTargetInWords,
  ratingTargetSchema,
  ratingTargetSeries,
  ratingTargetSetForYear,
  ratingTargetSetSchema,
  roundedShare,
  shareInWords,
  type DecidedLevel,
  type RatingTarget,
  type RatingTargetSet,
} from '../../../shared/ratings/ratingTargets';

const level = fc.constantFrom(...ratingLevelIds);
const targetById = (id: string) => defaultRatingTargets().find((target) => target.id === id)!;

const units = [
  { id: 'u1', name: 'Trường Tiểu học Đa Tốn' },
  { id: 'u2', name: 'Trường THCS Dương Xá' },
  { id: 'u3', name: 'Trường Mầm non Ánh Dương' },
  { id: 'u4', name: 'Trường Mầm non Yên Viên' },
];

/** `good` subjects at 'good' and `other` at 'completed', of one kind, under one unit. */
function subjects(
  prefix: string,
  kind: RatedSubjectKind,
  unitId: string | null,
  good: number,
  other: number,
  pending = 0,
): DecidedLevel[] {
  const levels: (RatingLevelId | null)[] = [
    ...Array<RatingLevelId>(good).fill('good'),
    ...Array<RatingLevelId>(other).fill('completed'),
    ...Array<null>(pending).fill(null),
  ];
  return levels.map((entry, index) => ({ subjectId: `${prefix}-${index}`, kind, unitId, level: entry }));
}

function measure(target: RatingTarget, levels: DecidedLevel[], year = 2022) {
  const report = computeRatingTargets({ year, targets: [target], levels, units });
  return report.results[0]!;
}

/** A target of 'member' at 'good' with a given share, for the boundary and property tests. */
const memberTarget = (share: number): RatingTarget => ({ ...targetById('CT03b'), share });

describe('default targets (seed 004_48c10a64b9225a4b, “II. MỘT SỐ CHỈ TIÊU CHÍNH”, point 3)', () => {
  it('are CT03a, CT03b, CT03c, in the seed’s order, each valid by the schema', () => {
    const targets = defaultRatingTargets();
    expect(targets.map((target) => target.id)).toEqual(['CT03a', 'CT03b', 'CT03c']);
    for (const target of targets) expect(ratingTargetSchema.parse(target)).toEqual(target);
    expect(ratingTargetSetSchema.parse(defaultRatingTargetSet()).targets).toEqual(targets);
  });

  it('CT03a (seed 004: “+ Chi bộ được xếp loại hoàn thành tốt nhiệm vụ đạt 97% trở lên.”): Party cells at “Hoàn thành tốt nhiệm vụ” or higher, 97 %', () => {
    const target = targetById('CT03a');
    expect(target).toMatchObject({ kinds: ['partyCell'], atLeast: 'good', share: 9700 });
    expect(target.source).toMatchObject({
      stated: true,
      seed: '004_48c10a64b9225a4b',
      sentence: '+ Chi bộ được xếp loại hoàn thành tốt nhiệm vụ đạt 97% trở lên.',
    });
    expect(ratingTargetInWords(target).vi).toBe('Hoàn thành tốt nhiệm vụ trở lên: đạt 97,00 % trở lên');
  });

  it('CT03b (seed 004: “+ Đảng viên được xếp loại hoàn thành tốt nhiệm vụ đạt 98% trở lên.”): members at “Hoàn thành tốt nhiệm vụ” or higher, 98 %', () => {
    const target = targetById('CT03b');
    expect(target).toMatchObject({ kinds: ['member'], atLeast: 'good', share: 9800 });
    expect(target.source).toMatchObject({
      stated: true,
      seed: '004_48c10a64b9225a4b',
      sentence: '+ Đảng viên được xếp loại hoàn thành tốt nhiệm vụ đạt 98% trở lên.',
    });
  });

  it('CT03c (seed 004: “+ Tổ chức chính trị - xã hội được tổ chức hội cấp trên công nhận xếp loại hoàn thành tốt nhiệm vụ đạt 95% trở lên.”): every socio-political organisation kind, 95 %', () => {
    const target = targetById('CT03c');
    expect(target).toMatchObject({ atLeast: 'good', share: 9500 });
    const socioPolitical = Object.values(ratedSubjectKindInfo)
      .filter((info) => info.family === 'socioPolitical')
      .map((info) => info.kind);
    expect([...target.kinds].sort()).toEqual([...socioPolitical].sort());
    expect(target.source).toMatchObject({
      stated: true,
      seed: '004_48c10a64b9225a4b',
      sentence:
        '+ Tổ chức chính trị - xã hội được tổ chức hội cấp trên công nhận xếp loại hoàn thành tốt nhiệm vụ đạt 95% trở lên.',
    });
  });

  it('CT03a–CT03c count “Hoàn thành xuất sắc nhiệm vụ” as “hoàn thành tốt nhiệm vụ or higher”, not “Hoàn thành nhiệm vụ”', () => {
    const levels: DecidedLevel[] = ratingLevelIds.map((id, index) => ({
      subjectId: `m${index}`,
      kind: 'member',
      unitId: null,
      level: id,
    }));
    expect(measure(targetById('CT03b'), levels)).toMatchObject({ meeting: 2, counted: 4, actualShare: 5000 });
  });

  it('each default is a fresh copy: changing one does not change the next', () => {
    const first = defaultRatingTargets();
    (first[0] as { share: number }).share = 1;
    expect(defaultRatingTargets()[0]!.share).toBe(9700);
  });
});

const seedsFolder = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');
const haveSeeds = existsSync(seedsFolder);
if (!haveSeeds) console.warn(`[ratings] SKIPPED the target sources against the seeds: ${seedsFolder} is not here`);

describe.skipIf(!haveSeeds)('target sources against the seeds', () => {
  it('every default target quotes its sentence and headings character for character from its seed file, in order', () => {
    for (const target of defaultRatingTargets()) {
      const { source } = target;
      expect(source.stated).toBe(true);
      if (!source.stated) continue;
      const text = readFileSync(join(seedsFolder, `${source.seed}.txt`), 'utf8');
      const lines = text.split(/\r?\n/);
      let at = -1;
      for (const heading of source.headings) {
        const next = lines.findIndex((line, index) => index > at && line === heading);
        expect(next, `${target.id}: heading “${heading}” in ${source.seed}`).toBeGreaterThan(at);
        at = next;
      }
      const sentenceLine = lines.findIndex((line, index) => index > at && line === source.sentence);
      expect(sentenceLine, `${target.id}: its sentence in ${source.seed}, under its headings`).toBeGreaterThan(at);
    }
  });

  it('each default target’s share is the figure its sentence states (“đạt N% trở lên”)', () => {
    for (const target of defaultRatingTargets()) {
      if (!target.source.stated) continue;
      const figure = /đạt (\d+)% trở lên\.$/.exec(target.source.sentence);
      expect(figure, target.id).not.toBeNull();
      expect(Number(figure![1]) * 100, target.id).toBe(target.share);
    }
  });
});

describe('exact boundaries (met ⇔ meeting × 10000 ≥ share × counted, not the rounded share)', () => {
  it('97 of 100 meets 97 %; 96 of 100 does not', () => {
    expect(measure(memberTarget(9700), subjects('m', 'member', 'u1', 97, 3))).toMatchObject({
      meeting: 97,
      counted: 100,
      actualShare: 9700,
      met: true,
      shortfall: 0,
    });
    expect(measure(memberTarget(9700), subjects('m', 'member', 'u1', 96, 4))).toMatchObject({
      actualShare: 9600,
      met: false,
      shortfall: 1,
    });
  });

  it('9699 of 10000 (96.99 %) does not meet 97 %; 9700 of 10000 does', () => {
    expect(measure(memberTarget(9700), subjects('m', 'member', null, 9699, 301))).toMatchObject({
      actualShare: 9699,
      met: false,
      shortfall: 1,
    });
    expect(measure(memberTarget(9700), subjects('m', 'member', null, 9700, 300))).toMatchObject({
      actualShare: 9700,
      met: true,
    });
  });

  it('33 of 34 (97.0588… %) meets 97 % and shows 97.06 %; 32 of 33 (96.9696… %) does not and shows 96.97 %', () => {
    expect(measure(targetById('CT03a'), subjects('c', 'partyCell', null, 33, 1))).toMatchObject({
      actualShare: 9706,
      met: true,
    });
    expect(measure(targetById('CT03a'), subjects('c', 'partyCell', null, 32, 1))).toMatchObject({
      actualShare: 9697,
      met: false,
    });
  });

  it('19399 of 20000 (96.995 %) rounds half up to 97.00 % and still does not meet 97 %', () => {
    expect(roundedShare(19399, 20000)).toBe(9700);
    expect(meetsShare(19399, 20000, 9700)).toBe(false);
    expect(measure(memberTarget(9700), subjects('m', 'member', null, 19399, 601))).toMatchObject({
      actualShare: 9700,
      met: false,
      shortfall: 1,
    });
  });

  it('rounding is half up on exact halves: 1 of 8 is 12.50 %, 1 of 16 is 6.25 %, 1 of 32 (3.125 %) is 3.13 %, 1 of 3 is 33.33 %, 2 of 3 is 66.67 %', () => {
    expect(roundedShare(1, 8)).toBe(1250);
    expect(roundedShare(1, 16)).toBe(625);
    expect(roundedShare(1, 32)).toBe(313);
    expect(roundedShare(1, 3)).toBe(3333);
    expect(roundedShare(2, 3)).toBe(6667);
    expect(roundedShare(0, 5)).toBe(0);
    expect(roundedShare(5, 5)).toBe(10000);
    expect(roundedShare(0, 0)).toBeNull();
  });

  it('0 % is met by anything counted, 100 % only by all', () => {
    expect(measure(memberTarget(0), subjects('m', 'member', null, 0, 3)).met).toBe(true);
    expect(measure(memberTarget(10000), subjects('m', 'member', null, 49, 1))).toMatchObject({
      met: false,
      shortfall: 1,
    });
    expect(measure(memberTarget(10000), subjects('m', 'member', null, 50, 0)).met).toBe(true);
  });

  it('shares are written with two decimals: 97,00 % in Vietnamese, 97.00 % in English', () => {
    expect(shareInWords(9700)).toEqual({ vi: '97,00 %', en: '97.00 %' });
    expect(shareInWords(9706)).toEqual({ vi: '97,06 %', en: '97.06 %' });
    expect(shareInWords(5)).toEqual({ vi: '0,05 %', en: '0.05 %' });
  });
});

describe('pending subjects (no decided level yet)', () => {
  it('are not counted, but listed as pending', () => {
    const result = measure(memberTarget(9700), subjects('m', 'member', 'u1', 97, 3, 2));
    expect(result).toMatchObject({ meeting: 97, counted: 100, pending: 2, met: true });
    expect(result.pendingSubjectIds).toEqual(['m-100', 'm-101']);
  });

  it('with nothing decided, no share and no verdict (met is null), only the pending ones', () => {
    const result = measure(memberTarget(9700), subjects('m', 'member', 'u1', 0, 0, 3));
    expect(result).toMatchObject({ meeting: 0, counted: 0, pending: 3, actualShare: null, met: null });
    expect(result.unitsBelow).toEqual([]);
  });

  it('property: adding pending subjects changes neither the counts, the share nor the verdict', () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.nat(60),
        fc.nat(10),
        fc.integer({ min: 0, max: 10000 }),
        (good, other, pending, share) => {
          const without = measure(memberTarget(share), subjects('m', 'member', 'u1', good, other));
          const withPending = measure(memberTarget(share), subjects('m', 'member', 'u1', good, other, pending));
          expect({ ...withPending, pending: 0, pendingSubjectIds: [], unitsBelow: [] }).toEqual({
            ...without,
            unitsBelow: [],
          });
          expect(withPending.pending).toBe(pending);
        },
      ),
    );
  });
});

describe('which subjects a target counts', () => {
  it('counts only its kinds: cells for CT03a, members for CT03b, the socio-political organisations for CT03c', () => {
    const levels: DecidedLevel[] = [
      ...subjects('c', 'partyCell', 'u1', 1, 0),
      { subjectId: 'd', kind: 'partyOrganisation', unitId: null, level: 'notCompleted' },
      { subjectId: 'a', kind: 'leadershipCollective', unitId: 'u1', level: 'notCompleted' },
      ...subjects('m', 'member', 'u1', 2, 1),
      ...subjects('t', 'tradeUnion', 'u1', 1, 0),
      ...subjects('y', 'youthUnion', 'u2', 0, 1),
      ...subjects('w', 'womensUnion', 'u2', 1, 0),
    ];
    const report = computeRatingTargets({ year: 2022, targets: defaultRatingTargets(), levels, units });
    expect(report.year).toBe(2022);
    expect(report.results.map((result) => [result.targetId, result.meeting, result.counted])).toEqual([
      ['CT03a', 1, 1],
      ['CT03b', 2, 3],
      ['CT03c', 2, 3],
    ]);
  });

  it('a subject listed twice or under an unknown unit is a caller’s mistake', () => {
    const twice = [...subjects('m', 'member', 'u1', 1, 0), ...subjects('m', 'member', 'u1', 1, 0)];
    expect(() => computeRatingTargets({ year: 2022, targets: defaultRatingTargets(), levels: twice, units })).toThrow(
      TypeError,
    );
    expect(() =>
      computeRatingTargets({
        year: 2022,
        targets: defaultRatingTargets(),
        levels: subjects('m', 'member', 'u9', 1, 0),
        units,
      }),
    ).toThrow(TypeError);
  });
});

describe('the units that pull a target down', () => {
  it('are those below the target on their own, farthest below first, ties by Vietnamese name', () => {
    const levels = [
      ...subjects('a', 'member', 'u1', 9, 1), // 90 %
      ...subjects('b', 'member', 'u2', 19, 1), // 95 %
      ...subjects('c', 'member', 'u3', 18, 2), // 90 %, “Mầm non Ánh Dương” before “Tiểu học Đa Tốn”
      ...subjects('d', 'member', 'u4', 50, 0), // 100 %
      ...subjects('e', 'member', null, 0, 1), // no unit: counted, never listed
    ];
    const result = measure(targetById('CT03b'), levels);
    expect(result).toMatchObject({ meeting: 96, counted: 101, met: false, actualShare: 9505 });
    expect(result.unitsBelow.map((unit) => [unit.unitName, unit.actualShare, unit.shortfall])).toEqual([
      ['Trường Mầm non Ánh Dương', 9000, 2],
      ['Trường Tiểu học Đa Tốn', 9000, 1],
      ['Trường THCS Dương Xá', 9500, 1],
    ]);
  });

  it('ties sort by Vietnamese collation (Đ after D, Ư after U), not by code points', () => {
    const local = [
      { id: 'x1', name: 'Trường Đình Xuyên' },
      { id: 'x2', name: 'Trường Dương Quang' },
      { id: 'x3', name: 'Trường Ủng Hòa' },
      { id: 'x4', name: 'Trường Ưng Sơn' },
      { id: 'x5', name: 'Trường Văn Đức' },
    ];
    const levels = local.flatMap((unit) => subjects(unit.id, 'member', unit.id, 1, 1));
    const report = computeRatingTargets({ year: 2022, targets: [targetById('CT03b')], levels, units: local });
    expect(report.results[0]!.unitsBelow.map((unit) => unit.unitName)).toEqual([
      'Trường Dương Quang',
      'Trường Đình Xuyên',
      'Trường Ủng Hòa',
      'Trường Ưng Sơn',
      'Trường Văn Đức',
    ]);
  });

  it('a unit with only pending subjects is not listed', () => {
    const result = measure(targetById('CT03b'), subjects('a', 'member', 'u1', 0, 0, 4));
    expect(result.unitsBelow).toEqual([]);
  });
});

/** Random members over the four units, each with a level or pending. */
const memberLevels = fc
  .array(fc.record({ unit: fc.constantFrom('u1', 'u2', 'u3', 'u4', null), level: fc.option(level) }), {
    maxLength: 120,
  })
  .map((entries) =>
    entries.map((entry, index): DecidedLevel => ({
      subjectId: `m${index}`,
      kind: 'member',
      unitId: entry.unit,
      level: entry.level,
    })),
  );
const share = fc.integer({ min: 0, max: 10000 });

describe('properties', () => {
  it('met ⇔ meeting × 10000 ≥ share × counted (null only when nothing is counted)', () => {
    fc.assert(
      fc.property(fc.nat(3000), fc.nat(3000), share, (good, other, target) => {
        const result = measure(memberTarget(target), subjects('m', 'member', null, good, other));
        expect(result.met).toBe(good + other === 0 ? null : good * 10000 >= target * (good + other));
      }),
    );
  });

  it('the rounded share is within 0.005 % of the exact share: |2·(share·counted − 10000·meeting)| ≤ counted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(1_000_000), (counted, seed) => {
        const meeting = seed % (counted + 1);
        const rounded = roundedShare(meeting, counted)!;
        expect(Number.isInteger(rounded)).toBe(true);
        expect(Math.abs(2 * (rounded * counted - 10000 * meeting))).toBeLessThanOrEqual(counted);
        // Half up: exactly halfway goes up.
        if (2 * (rounded * counted - 10000 * meeting) === -counted) expect.unreachable();
      }),
    );
  });

  it('adding a subject at or above the threshold never turns met into not met, nor lowers the share', () => {
    fc.assert(
      fc.property(
        memberLevels,
        share,
        fc.constantFrom('good', 'excellent') as fc.Arbitrary<RatingLevelId>,
        (levels, target, added) => {
          const before = measure(memberTarget(target), levels);
          const after = measure(memberTarget(target), [
            ...levels,
            { subjectId: 'added', kind: 'member', unitId: 'u1', level: added },
          ]);
          if (before.met === true) expect(after.met).toBe(true);
          expect(after.met).not.toBeNull();
          if (before.actualShare !== null) expect(after.actualShare!).toBeGreaterThanOrEqual(before.actualShare);
        },
      ),
    );
  });

  it('counts add up: meeting ≤ counted; counted + pending is every member; the units below are exactly those below, in order', () => {
    fc.assert(
      fc.property(memberLevels, share, (levels, target) => {
        const result = measure(memberTarget(target), levels);
        expect(result.meeting).toBeLessThanOrEqual(result.counted);
        expect(result.counted + result.pending).toBe(levels.length);
        expect(result.meeting).toBe(
          levels.filter((entry) => entry.level !== null && compareRatingLevels(entry.level, 'good') >= 0).length,
        );
        const below = units.filter((unit) => {
          const own = levels.filter((entry) => entry.unitId === unit.id && entry.level !== null);
          const meeting = own.filter((entry) => compareRatingLevels(entry.level!, 'good') >= 0).length;
          return own.length > 0 && meeting * 10000 < target * own.length;
        });
        expect(result.unitsBelow.map((unit) => unit.unitId).sort()).toEqual(below.map((unit) => unit.id).sort());
        for (let i = 1; i < result.unitsBelow.length; i += 1) {
          const [a, b] = [result.unitsBelow[i - 1]!, result.unitsBelow[i]!];
          expect(a.meeting * b.counted).toBeLessThanOrEqual(b.meeting * a.counted);
        }
        for (const unit of result.unitsBelow) {
          expect(unit.shortfall).toBeGreaterThan(0);
          expect((unit.meeting + unit.shortfall) * 10000).toBeGreaterThanOrEqual(target * unit.counted);
          expect((unit.meeting + unit.shortfall - 1) * 10000).toBeLessThan(target * unit.counted);
        }
      }),
    );
  });
});

describe('targets per plan and year', () => {
  const plan = defaultRatingTargetSet();
  const year2024: RatingTargetSet = {
    ...plan,
    plan: { vi: 'Chỉ tiêu năm 2024', en: 'Targets for 2024' },
    fromYear: 2024,
    toYear: 2024,
    targets: [
      {
        ...plan.targets[1]!,
        share: 9850,
        source: {
          stated: false,
          note: { vi: 'Huyện ủy nâng chỉ tiêu năm 2024', en: 'Raised by the district for 2024' },
        },
      },
    ],
  };

  it('the seed’s plan runs 2021–2025 (“giai đoạn 2021 - 2025”)', () => {
    expect(plan).toMatchObject({ fromYear: 2021, toYear: 2025 });
    expect(plan.plan.vi).toContain('giai đoạn 2021 - 2025');
  });

  it('a year set apart overrides its plan; outside every plan, no targets', () => {
    expect(ratingTargetSetForYear([plan, year2024], 2024)).toBe(year2024);
    expect(ratingTargetSetForYear([year2024, plan], 2024)).toBe(year2024);
    expect(ratingTargetSetForYear([plan, year2024], 2023)).toBe(plan);
    expect(ratingTargetSetForYear([plan, year2024], 2026)).toBeNull();
  });

  it('the schema takes a district’s own set and refuses shares outside 0–100 %, fractions, unknown levels or kinds, repeated ids, years backwards', () => {
    expect(ratingTargetSetSchema.parse(year2024)).toEqual(year2024);
    const target = plan.targets[0]!;
    const withTarget = (changes: object) => ({ ...plan, targets: [{ ...target, ...changes }] });
    expect(ratingTargetSetSchema.safeParse(withTarget({ share: 10001 })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse(withTarget({ share: -1 })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse(withTarget({ share: 97.5 })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse(withTarget({ share: 10000 })).success).toBe(true);
    expect(ratingTargetSetSchema.safeParse(withTarget({ share: 0 })).success).toBe(true);
    expect(ratingTargetSetSchema.safeParse(withTarget({ atLeast: 'veryGood' })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse(withTarget({ kinds: ['school'] })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse(withTarget({ kinds: [] })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse(withTarget({ kinds: ['member', 'member'] })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse(withTarget({ extra: 1 })).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse({ ...plan, targets: [target, target] }).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse({ ...plan, fromYear: 2026 }).success).toBe(false);
    expect(ratingTargetSetSchema.safeParse({ ...plan, targets: [] }).success).toBe(false);
  });
});

describe('year over year', () => {
  const cells = (good: number, other: number, pending = 0) => subjects('c', 'partyCell', 'u1', good, other, pending);
  const year = (y: number, levels: DecidedLevel[], targets = defaultRatingTargets()) =>
    computeRatingTargets({ year: y, targets, levels, units });

  it('per target, oldest year first: the share, the target that year and met or not', () => {
    const reports = [year(2023, cells(97, 3)), year(2021, cells(96, 4)), year(2022, cells(0, 0, 5))];
    const series = ratingTargetSeries(reports);
    expect(series.map((entry) => entry.targetId)).toEqual(['CT03a', 'CT03b', 'CT03c']);
    expect(series[0]!.points).toEqual([
      { year: 2021, share: 9700, actualShare: 9600, met: false, meeting: 96, counted: 100 },
      { year: 2022, share: 9700, actualShare: null, met: null, meeting: 0, counted: 0 },
      { year: 2023, share: 9700, actualShare: 9700, met: true, meeting: 97, counted: 100 },
    ]);
  });

  it('a target changed or added in a later year keeps one series with that year’s figure', () => {
    const raised = [{ ...targetById('CT03a'), share: 9800 }];
    const series = ratingTargetSeries([year(2021, cells(97, 3), raised.slice(0, 0)), year(2024, cells(97, 3), raised)]);
    expect(series).toHaveLength(1);
    expect(series[0]!.points).toEqual([
      { year: 2024, share: 9800, actualShare: 9700, met: false, meeting: 97, counted: 100 },
    ]);
  });

  it('a year given twice is a caller’s mistake', () => {
    expect(() => ratingTargetSeries([year(2021, cells(1, 0)), year(2021, cells(1, 0))])).toThrow(TypeError);
  });
});
