import { describe, expect, it } from 'vitest';
import {
  availableSubjectIds,
  roundOrganisations,
  runsByParent,
  voteCandidates,
  voteRequestOf,
  type VoteDraft,
} from '../../../renderer/ratings/voteChoices';
import { countedThcsVote, keyingThVote, voteRoundEntries } from '../../fixtures/ratings/voteRoundData';

const votes = [countedThcsVote, keyingThVote];

describe('the organisations a vote is set up for', () => {
  it('are the round’s, in its order, each with who it may vote on and its members (those convened by default)', () => {
    expect(
      roundOrganisations(voteRoundEntries).map(({ name, candidates, members }) => [name, candidates, members]),
    ).toEqual([
      ['Đảng bộ Khối Giáo dục huyện Gia Lâm', 1, 0],
      ['Chi bộ Trường THCS Đa Tốn', 4, 3],
      ['Chi bộ Trường Tiểu học Đa Tốn', 2, 2],
      ['Công đoàn Trường THCS Đa Tốn', 0, 0],
    ]);
  });

  it('are grouped under their parent where it changes, without being reordered', () => {
    const runs = runsByParent(roundOrganisations(voteRoundEntries));
    expect(runs.map((run) => [run.parentName, run.organisations.map((organisation) => organisation.id)])).toEqual([
      [null, ['district']],
      ['Đảng bộ Khối Giáo dục huyện Gia Lâm', ['thcs', 'th']],
      [null, ['union']],
    ]);
  });
});

describe('who a vote may be about', () => {
  it('is the organisation’s collective and members in the round’s order; the decided and those in a vote are not', () => {
    const candidates = voteCandidates(voteRoundEntries, votes, 'thcs');
    expect(candidates.map(({ entry, unavailable }) => [entry.name, unavailable])).toEqual([
      ['Chi ủy Chi bộ Trường THCS Đa Tốn', { reason: 'inVote', pollDate: '2025-12-15' }],
      ['Nguyễn Thị Hằng', { reason: 'inVote', pollDate: '2025-12-15' }],
      ['Lê Thị Ánh', { reason: 'inVote', pollDate: '2025-12-15' }],
      ['Phạm Quốc Bảo', { reason: 'decided' }],
    ]);
    expect(availableSubjectIds(candidates)).toEqual([]);
  });

  it('ticks by default everyone still open to a vote, and never the organisation itself', () => {
    expect(availableSubjectIds(voteCandidates(voteRoundEntries, [], 'thcs'))).toEqual([
      'thcs-collective',
      'hang',
      'anh',
    ]);
    expect(availableSubjectIds(voteCandidates(voteRoundEntries, votes, 'th'))).toEqual(['mai']);
    expect(voteCandidates(voteRoundEntries, [], 'union')).toEqual([]);
  });
});

describe('the vote form’s request', () => {
  const candidates = voteCandidates(voteRoundEntries, [], 'thcs');
  const draft: VoteDraft = { organisationId: 'thcs', chosen: ['anh', 'hang'], pollDate: '15/12/2025', convened: '4' };

  it('lists the subjects in the round’s order (the ballot’s rows), whatever order they were ticked in', () => {
    expect(voteRequestOf(draft, candidates)).toEqual({
      ok: true,
      request: { organisationId: 'thcs', subjectIds: ['hang', 'anh'], pollDate: '2025-12-15', convened: 4 },
    });
  });

  it('leaves out a subject ticked before it could no longer be voted on', () => {
    const now = voteCandidates(voteRoundEntries, votes, 'th');
    expect(voteRequestOf({ ...draft, organisationId: 'th', chosen: ['chau', 'mai'] }, now)).toMatchObject({
      ok: true,
      request: { subjectIds: ['mai'] },
    });
  });

  it('takes those convened as unknown when left empty', () => {
    expect(voteRequestOf({ ...draft, convened: ' ' }, candidates)).toMatchObject({
      ok: true,
      request: { convened: null },
    });
  });

  it('names each field to correct: organisation, subjects, a dd/mm/yyyy day, a whole number convened', () => {
    expect(voteRequestOf({ organisationId: '', chosen: [], pollDate: '', convened: '' }, [])).toEqual({
      ok: false,
      problems: { organisationId: 'required', pollDate: 'required' },
    });
    expect(voteRequestOf({ ...draft, chosen: [], pollDate: '31/02/2025', convened: '0' }, candidates)).toEqual({
      ok: false,
      problems: { chosen: 'noSubject', pollDate: 'dateInvalid', convened: 'convenedInvalid' },
    });
    expect(voteRequestOf({ ...draft, convened: '4,5' }, candidates)).toMatchObject({
      ok: false,
      problems: { convened: 'convenedInvalid' },
    });
    expect(voteRequestOf({ ...draft, convened: '100001' }, candidates)).toMatchObject({ ok: false });
  });
});
