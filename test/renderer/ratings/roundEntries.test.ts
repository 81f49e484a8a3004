import { describe, expect, it } from 'vitest';
import type { RatedSubjectKind } from '../../../shared/ratings/ratingLevels';
import type { RatingEntry } from '../../../shared/ratings/ratingSchemas';
import {
  countEntries,
  filterRoundGroups,
  groupRoundEntries,
  nextShownEntry,
} from '../../../renderer/ratings/roundEntries';
import { unratedEntry } from '../../fixtures/ratings/ratingsData';

let next = 0;
function entry(kind: RatedSubjectKind, name: string, organisationId: string | null, more: Partial<RatingEntry> = {}) {
  next += 1;
  return {
    ...unratedEntry,
    subjectId: `s${next}`,
    kind,
    name,
    organisationId,
    organisationName: null,
    ...more,
  } satisfies RatingEntry;
}

/** A round as the core orders it: the district's organisation, then each cell with its collective and members. */
function round() {
  const district = entry('partyOrganisation', 'Đảng bộ Khối Giáo dục huyện Gia Lâm', null);
  const thcs = entry('partyCell', 'Chi bộ Trường THCS Đa Tốn', district.subjectId);
  const collective = entry('leadershipCollective', 'Chi ủy Chi bộ Trường THCS Đa Tốn', thcs.subjectId);
  const hang = entry('member', 'Nguyễn Thị Hằng', thcs.subjectId, { headOf: thcs.subjectId, decidedLevel: 'good' });
  const anh = entry('member', 'Lê Thị Ánh', thcs.subjectId);
  const th = entry('partyCell', 'Chi bộ Trường Tiểu học Đa Tốn', district.subjectId, { decidedLevel: 'good' });
  const chau = entry('member', 'Vũ Minh Châu', th.subjectId);
  const union = entry('tradeUnion', 'Công đoàn Trường THCS Đa Tốn', null);
  return { entries: [district, thcs, collective, hang, anh, th, chau, union], district, thcs, th, union };
}

const names = (groups: ReturnType<typeof groupRoundEntries>) =>
  groups.map((group) => [group.name, group.entries.map((item) => item.name)]);

describe('the round page’s entries by organisation', () => {
  it('group each organisation with its collective and members, in the core’s order, the organisation first', () => {
    const { entries } = round();
    expect(names(groupRoundEntries(entries))).toEqual([
      ['Đảng bộ Khối Giáo dục huyện Gia Lâm', ['Đảng bộ Khối Giáo dục huyện Gia Lâm']],
      [
        'Chi bộ Trường THCS Đa Tốn',
        ['Chi bộ Trường THCS Đa Tốn', 'Chi ủy Chi bộ Trường THCS Đa Tốn', 'Nguyễn Thị Hằng', 'Lê Thị Ánh'],
      ],
      ['Chi bộ Trường Tiểu học Đa Tốn', ['Chi bộ Trường Tiểu học Đa Tốn', 'Vũ Minh Châu']],
      ['Công đoàn Trường THCS Đa Tốn', ['Công đoàn Trường THCS Đa Tốn']],
    ]);
    expect(countEntries(groupRoundEntries(entries))).toBe(entries.length);
  });

  it('keep a member whose organisation is not in the round, in a group named after it', () => {
    const stray = entry('member', 'Trần Văn Đức', 'gone', { organisationName: 'Chi bộ đã giải thể' });
    expect(names(groupRoundEntries([stray]))).toEqual([['Chi bộ đã giải thể', ['Trần Văn Đức']]]);
  });
});

describe('the round page’s filter', () => {
  const groups = groupRoundEntries(round().entries);

  it('leaves everything when empty', () => {
    expect(filterRoundGroups(groups, { search: '  ', onlyUndecided: false })).toEqual(groups);
  });

  it('finds people by word starts without diacritics, under their organisation', () => {
    expect(names(filterRoundGroups(groups, { search: 'le anh', onlyUndecided: false }))).toEqual([
      ['Chi bộ Trường THCS Đa Tốn', ['Lê Thị Ánh']],
    ]);
    // "Hằng" folds to "hang": it starts no word of "Châu" or "Ánh".
    expect(names(filterRoundGroups(groups, { search: 'hang', onlyUndecided: false }))).toEqual([
      ['Chi bộ Trường THCS Đa Tốn', ['Nguyễn Thị Hằng']],
    ]);
  });

  it('keeps the whole organisation when its own name matches', () => {
    expect(names(filterRoundGroups(groups, { search: 'tieu hoc', onlyUndecided: false }))).toEqual([
      ['Chi bộ Trường Tiểu học Đa Tốn', ['Chi bộ Trường Tiểu học Đa Tốn', 'Vũ Minh Châu']],
    ]);
  });

  it('"only undecided" leaves out what is decided, and an organisation with nothing left', () => {
    const undecided = filterRoundGroups(groups, { search: '', onlyUndecided: true });
    expect(names(undecided)).toEqual([
      ['Đảng bộ Khối Giáo dục huyện Gia Lâm', ['Đảng bộ Khối Giáo dục huyện Gia Lâm']],
      ['Chi bộ Trường THCS Đa Tốn', ['Chi bộ Trường THCS Đa Tốn', 'Chi ủy Chi bộ Trường THCS Đa Tốn', 'Lê Thị Ánh']],
      ['Chi bộ Trường Tiểu học Đa Tốn', ['Vũ Minh Châu']],
      ['Công đoàn Trường THCS Đa Tốn', ['Công đoàn Trường THCS Đa Tốn']],
    ]);
    expect(countEntries(undecided)).toBe(6);
    expect(filterRoundGroups(groups, { search: 'hang', onlyUndecided: true })).toEqual([]);
  });
});

describe('the next entry from the panel', () => {
  const { entries } = round();
  const groups = groupRoundEntries(entries);

  it('is the one after the chosen one in the round’s order, across organisations; none after the last', () => {
    expect(nextShownEntry(groups, groups, entries[0]!.subjectId)?.name).toBe('Chi bộ Trường THCS Đa Tốn');
    expect(nextShownEntry(groups, groups, entries[4]!.subjectId)?.name).toBe('Chi bộ Trường Tiểu học Đa Tốn');
    expect(nextShownEntry(groups, groups, entries.at(-1)!.subjectId)).toBeNull();
  });

  it('skips what the filter hides, also from a chosen entry the filter now hides (just decided)', () => {
    const undecided = filterRoundGroups(groups, { search: '', onlyUndecided: true });
    // Hằng is decided and hidden: from her, as from the collective before her, next is Ánh.
    expect(nextShownEntry(groups, undecided, entries[2]!.subjectId)?.name).toBe('Lê Thị Ánh');
    expect(nextShownEntry(groups, undecided, entries[3]!.subjectId)?.name).toBe('Lê Thị Ánh');
    // After Ánh comes the Tiểu học cell, decided: Châu.
    expect(nextShownEntry(groups, undecided, entries[4]!.subjectId)?.name).toBe('Vũ Minh Châu');
    expect(nextShownEntry(groups, [], entries[3]!.subjectId)).toBeNull();
  });
});
