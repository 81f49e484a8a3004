import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRatingTargetSet, ratingTargetSetSchema } from '../../../shared/ratings/ratingTargets';
import { shareText } from '../../../shared/results/shareText';
import {
  draftFieldId,
  draftOfSet,
  draftsOfSets,
  nextDraftKey,
  parsePercent,
  setsFromDrafts,
  yearApartDraft,
  type TargetSetDraft,
} from '../../../renderer/ratings/targetsDraft';

const plan = defaultRatingTargetSet();

describe('a target share typed as a percent', () => {
  it('reads with a comma or a point, up to two decimals, as hundredths of a percent', () => {
    expect(parsePercent('97')).toBe(9700);
    expect(parsePercent('97,5')).toBe(9750);
    expect(parsePercent('97.50')).toBe(9750);
    expect(parsePercent(' 97,05 % ')).toBe(9705);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100,00')).toBe(10000);
  });

  it('refuses more than 100 %, a third decimal, a sign, and what is not a number', () => {
    for (const text of ['100,01', '101', '97,505', '-1', '+97', '', ' ', '97,', ',5', 'chín bảy', '1e2'])
      expect(parsePercent(text)).toBeNull();
  });

  it('reads back every share the app writes, in either language', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10000 }),
        fc.constantFrom('vi' as const, 'en' as const),
        (share, language) => parsePercent(shareText(share, language)) === share,
      ),
    );
  });
});

describe('the target sets as the administrator edits them', () => {
  it('start from the saved sets, shares in the language’s writing, and give the same sets back unchanged', () => {
    const drafts = draftsOfSets([plan], 'vi');
    expect(drafts[0]!.targets.map((entry) => entry.share)).toEqual(['97,00', '98,00', '95,00']);
    expect(setsFromDrafts(drafts)).toEqual({ ok: true, sets: [plan] });
    expect(setsFromDrafts(draftsOfSets([plan], 'en'))).toEqual({ ok: true, sets: [plan] });
  });

  it('change only a target’s share and level, keeping its code, title, kinds and source', () => {
    const [draft] = draftsOfSets([plan], 'vi');
    const edited: TargetSetDraft = {
      ...draft!,
      planVi: '  Nghị quyết Đảng ủy năm 2025 ',
      targets: draft!.targets.map((entry, index) =>
        index === 1 ? { ...entry, share: '99,5', atLeast: 'excellent' } : entry,
      ),
    };
    const outcome = setsFromDrafts([edited]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [set] = outcome.sets;
    expect(set!.plan.vi).toBe('Nghị quyết Đảng ủy năm 2025');
    expect(set!.targets[1]).toEqual({ ...plan.targets[1], share: 9950, atLeast: 'excellent' });
    expect(ratingTargetSetSchema.safeParse(set).success).toBe(true);
  });

  it('lists every field that does not read, in the order of the form, and gives no sets', () => {
    const [draft] = draftsOfSets([plan], 'vi');
    const broken: TargetSetDraft = {
      ...draft!,
      planEn: ' ',
      fromYear: '2026',
      toYear: '2025',
      targets: draft!.targets.map((entry, index) => (index === 2 ? { ...entry, share: '95,555' } : entry)),
    };
    const outcome = setsFromDrafts([draft!, { ...broken, key: 'set-2', planVi: '', fromYear: 'năm' }]);
    expect(outcome).toEqual({
      ok: false,
      problems: [
        { setKey: 'set-2', field: 'planVi', code: 'required' },
        { setKey: 'set-2', field: 'planEn', code: 'required' },
        { setKey: 'set-2', field: 'fromYear', code: 'yearInvalid' },
        { setKey: 'set-2', field: 'share:2', code: 'shareInvalid' },
      ],
    });
    expect(setsFromDrafts([broken])).toMatchObject({
      ok: false,
      problems: [
        { field: 'planEn', code: 'required' },
        { field: 'toYear', code: 'yearsReversed' },
        { field: 'share:2', code: 'shareInvalid' },
      ],
    });
  });

  it('add a set for one year apart with the targets as edited of the narrowest set covering it', () => {
    const drafts = [
      draftOfSet(plan, 'set-1', 'vi'),
      { ...draftOfSet(plan, 'set-2', 'vi'), fromYear: '2024', toYear: '2025' },
    ];
    drafts[1] = { ...drafts[1]!, targets: drafts[1]!.targets.map((entry) => ({ ...entry, share: '90' })) };
    const apart = yearApartDraft(drafts, 2025, nextDraftKey(drafts));
    expect(apart).toMatchObject({ key: 'set-3', planVi: '', planEn: '', fromYear: '2025', toYear: '2025' });
    expect(apart.targets.map((entry) => entry.share)).toEqual(['90', '90', '90']);
    // A year no set covers copies the first set; its plan is to be named before it can be saved.
    const uncovered = yearApartDraft(drafts, 2030, 'set-3');
    expect(uncovered.targets.map((entry) => entry.share)).toEqual(['97,00', '98,00', '95,00']);
    expect(setsFromDrafts([uncovered])).toMatchObject({
      ok: false,
      problems: [{ field: 'planVi' }, { field: 'planEn' }],
    });
    // Without any set, seed 004's targets.
    expect(yearApartDraft([], 2025, 'set-1').targets.map((entry) => entry.target.id)).toEqual([
      'CT03a',
      'CT03b',
      'CT03c',
    ]);
  });

  it('give each set a key of its own and each field an id a label and the focus can find', () => {
    expect(nextDraftKey([])).toBe('set-1');
    expect(nextDraftKey(draftsOfSets([plan, plan, plan], 'vi').slice(1))).toBe('set-4');
    expect(draftFieldId('set-2', 'share:1')).toBe('targets-set-2-share-1');
    expect(draftFieldId('set-2', 'planVi')).toBe('targets-set-2-planVi');
  });
});
