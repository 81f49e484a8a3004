import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { keyBatch, openCampaign, schoolBallot } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';

const ballots: BallotEntry[] = Array.from({ length: 20 }, (_, index) =>
  index === 19
    ? { valid: false, invalidReason: 'blank', invalidText: '' }
    : schoolBallot('123412341234123'.slice(index % 4) + '1234'.slice(0, index % 4), (index % 4) + 1),
);

describe('blind double entry', () => {
  const temp = useTempDirectories();

  it('compares two keyings, lists exactly the differing fields, and verifies the batch once the head settles them', async () => {
    const { core, head, counter1, counter2, school } = await openCampaign(temp());
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });
    expect(await keyBatch(counter1, batch.id, ballots)).toMatchObject({ verified: false, unresolvedMismatches: 0 });

    // The same person may never key the batch again.
    expect(await counter1.code('counting.startKeying', { batchId: batch.id })).toBe('SAME_KEYER');

    // Blind: the second keyer starts from nothing and sees no values of the first.
    const second = await counter2.ok('counting.startKeying', { batchId: batch.id });
    expect(second).toMatchObject({ pass: 2, keyed: 0 });
    expect(await counter2.code('counting.differences', { batchId: batch.id })).toBe('FORBIDDEN');
    const typos = ballots.map((ballot, index) => {
      if (!ballot.valid) return ballot;
      if (index === 3) return { ...ballot, answers: ballot.answers.map((answer, row) => (row === 7 ? 4 : answer)) };
      if (index === 11) return { ...ballot, prestige: '*' as const };
      if (index === 16) return { ...ballot, notes: { '2': 'áp đặt' } };
      return ballot;
    });
    for (const ballot of typos)
      await counter2.ok('counting.saveBallot', { keyingId: second.keyingId, ballot, keystrokes: 17, activeMs: 3500 });
    const compared = await counter2.ok('counting.finishKeying', { keyingId: second.keyingId });
    expect(compared).toMatchObject({ verified: false, unresolvedMismatches: 3 });

    const { differences } = await head.ok('counting.differences', { batchId: batch.id });
    expect(differences.map((difference) => [difference.position, difference.field, difference.keyed])).toEqual([
      [4, 'answer:8', [ballots[3]!.valid && ballots[3]!.answers[7], 4]],
      [12, 'prestige', [ballots[11]!.valid && ballots[11]!.prestige, '*']],
      [17, 'note:2', ['', 'áp đặt']],
    ]);
    expect(differences[0]!.rowText).toBe('Có khát vọng, định hướng phát triển nhà trường đi lên');

    // A keyer may not settle; the head may, against the paper.
    expect(
      await counter1.code('counting.resolveDifference', {
        batchId: batch.id,
        differenceId: differences[0]!.id,
        choice: 'pass1',
      }),
    ).toBe('FORBIDDEN');
    await head.ok('counting.resolveDifference', {
      batchId: batch.id,
      differenceId: differences[0]!.id,
      choice: 'pass1',
    });
    await head.ok('counting.resolveDifference', {
      batchId: batch.id,
      differenceId: differences[1]!.id,
      choice: 'rekey',
      value: 3,
    });
    expect(
      await head.code('counting.resolveDifference', {
        batchId: batch.id,
        differenceId: differences[2]!.id,
        choice: 'rekey',
        value: 7,
      }),
    ).toBe('BALLOT_INVALID');
    const verified = await head.ok('counting.resolveDifference', {
      batchId: batch.id,
      differenceId: differences[2]!.id,
      choice: 'pass2',
    });
    expect(verified).toMatchObject({ verified: true, unresolvedMismatches: 0, verifiedBallots: 20 });

    const settled = await head.ok('audit.list', { event: 'difference.resolved' });
    expect(settled.total).toBe(3);
    core.shutdown();
  });

  it('verifies at once when both keyings agree', async () => {
    const { core, counter1, counter2, counter3, school } = await openCampaign(temp());
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: '' });
    await keyBatch(counter1, batch.id, ballots.slice(0, 5));
    expect(await keyBatch(counter2, batch.id, ballots.slice(0, 5))).toMatchObject({
      verified: true,
      verifiedBallots: 5,
    });
    expect(await counter3.code('counting.startKeying', { batchId: batch.id })).toBe('BATCH_VERIFIED');
    core.shutdown();
  });

  it('asks for a third keying, by a third person, when the campaign says so', async () => {
    const { core, head, counter1, counter2, counter3, school } = await openCampaign(temp(), 3);
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: '' });
    await keyBatch(counter1, batch.id, ballots.slice(0, 4));
    expect(await keyBatch(counter2, batch.id, ballots.slice(0, 4))).toMatchObject({
      verified: false,
      passesRequired: 3,
    });
    const odd = ballots
      .slice(0, 4)
      .map((ballot, index) => (index === 2 && ballot.valid ? { ...ballot, other: 'Cần gương mẫu hơn' } : ballot));
    expect(await keyBatch(counter3, batch.id, odd)).toMatchObject({ verified: false, unresolvedMismatches: 1 });
    const { differences } = await head.ok('counting.differences', { batchId: batch.id });
    expect(differences.map((difference) => [difference.position, difference.field, difference.keyed])).toEqual([
      [3, 'other', ['', '', 'Cần gương mẫu hơn']],
    ]);
    expect(
      await head.ok('counting.resolveDifference', {
        batchId: batch.id,
        differenceId: differences[0]!.id,
        choice: 'pass3',
      }),
    ).toMatchObject({ verified: true });
    core.shutdown();
  });

  it('takes back the last ballot before the keying is finished, and never after', async () => {
    const { core, counter1, school } = await openCampaign(temp());
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: '' });
    const keying = await counter1.ok('counting.startKeying', { batchId: batch.id });
    expect(await counter1.code('counting.undoLastBallot', { keyingId: keying.keyingId })).toBe('NOTHING_TO_UNDO');
    await counter1.ok('counting.saveBallot', {
      keyingId: keying.keyingId,
      ballot: ballots[0]!,
      keystrokes: 17,
      activeMs: 1,
    });
    await counter1.ok('counting.saveBallot', {
      keyingId: keying.keyingId,
      ballot: ballots[1]!,
      keystrokes: 17,
      activeMs: 1,
    });
    expect(await counter1.ok('counting.undoLastBallot', { keyingId: keying.keyingId })).toEqual({ keyed: 1 });
    expect(
      await counter1.ok('counting.saveBallot', {
        keyingId: keying.keyingId,
        ballot: ballots[2]!,
        keystrokes: 17,
        activeMs: 1,
      }),
    ).toEqual({ position: 2, keyed: 2 });
    await counter1.ok('counting.finishKeying', { keyingId: keying.keyingId });
    expect(await counter1.code('counting.undoLastBallot', { keyingId: keying.keyingId })).toBe('KEYING_FINISHED');
    expect(
      await counter1.code('counting.saveBallot', {
        keyingId: keying.keyingId,
        ballot: ballots[0]!,
        keystrokes: 1,
        activeMs: 1,
      }),
    ).toBe('KEYING_FINISHED');
    core.shutdown();
  });

  it('refuses a ballot that does not fit the form, and another person’s keying', async () => {
    const { core, counter1, counter2, school } = await openCampaign(temp());
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: '' });
    const keying = await counter1.ok('counting.startKeying', { batchId: batch.id });
    const short = schoolBallot('1234');
    expect(
      await counter1.code('counting.saveBallot', {
        keyingId: keying.keyingId,
        ballot: short,
        keystrokes: 1,
        activeMs: 1,
      }),
    ).toBe('BALLOT_INVALID');
    expect(
      await counter1.code('counting.saveBallot', {
        keyingId: keying.keyingId,
        ballot: schoolBallot('123412341234125'),
        keystrokes: 1,
        activeMs: 1,
      }),
    ).toBe('BALLOT_INVALID');
    expect(
      await counter2.code('counting.saveBallot', {
        keyingId: keying.keyingId,
        ballot: ballots[0]!,
        keystrokes: 1,
        activeMs: 1,
      }),
    ).toBe('NOT_YOUR_KEYING');
    core.shutdown();
  });
});
