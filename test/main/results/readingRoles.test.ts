import { describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../../shared/contract';
import type { Role } from '../../../shared/roles';
import { signedInUser } from '../../helpers/testCore';
import { closedContest } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';

/**
 * What each role reads (README, "Roles"): ballot content — comments, notes, keyed values — never
 * the archivist; a tally still open to change only the head and the administrator; what was
 * sealed, the archivist too.
 */
const readers: ReadonlyArray<[CallName, readonly Role[]]> = [
  ['results.comments', ['admin', 'head']],
  ['results.history', ['admin', 'head']],
  ['results.export', ['admin', 'head']],
  ['counting.differences', ['head']],
  ['print.preview', ['admin', 'head']],
  ['print.pdf', ['admin', 'head']],
  ['results.tally', ['admin', 'head', 'archivist']],
  ['results.campaign', ['admin', 'head', 'archivist']],
  ['results.seals', ['admin', 'head', 'archivist']],
  ['results.canonical', ['admin', 'head', 'archivist']],
];

describe('who reads what', () => {
  const temp = useTempDirectories();

  it.each(readers)('%s is read by %j only', (name, roles) => {
    const { access } = contract[name];
    expect(access === 'public' ? 'public' : [...access].sort()).toEqual([...roles].sort());
  });

  it('the archivist reads a tally only once sealed, and aggregates of sealed contests only; never comments', async () => {
    const { core, admin, head, school, campaign } = await closedContest(temp());
    const archivist = await signedInUser(core, admin, { login: 'luutru', fullName: 'Lưu Trữ', role: 'archivist' });

    expect(await archivist.code('results.tally', { contestId: school.id })).toBe('NOT_SEALED');
    expect(await archivist.code('results.comments', { contestId: school.id })).toBe('FORBIDDEN');
    const campaignId = campaign.id;
    expect((await archivist.ok('results.campaign', { campaignId })).contests).toEqual([]);
    expect((await head.ok('results.campaign', { campaignId })).contests).toHaveLength(1);

    await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-1' });
    expect((await archivist.ok('results.tally', { contestId: school.id })).seal).not.toBeNull();
    expect((await archivist.ok('results.campaign', { campaignId })).contests).toHaveLength(1);
    expect(await archivist.code('results.comments', { contestId: school.id })).toBe('FORBIDDEN');
    core.shutdown();
  });
});
