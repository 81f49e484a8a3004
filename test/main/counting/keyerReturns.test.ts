import { describe, expect, it } from 'vitest';
import type { BallotEntry, ValidBallot } from '../../../shared/counting/ballot';
import type { Core } from '../../../main/core/createCore';
import { returnedFieldsOf, verifiedBallotLines } from '../../../main/counting';
import { keyBatch, openCampaign, schoolBallot } from '../../helpers/testCounting';
import type { TestClient } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';

/** Six paper ballots as the voters marked them; one carries a note beside row 2. */
const paper: ValidBallot[] = [
  schoolBallot('123412341234123', 1),
  schoolBallot('223322332233223', 2),
  schoolBallot('111111111111111', 1),
  schoolBallot('444433332222111', 3),
  { ...schoolBallot('123123123123123', 2), notes: { '2': 'Chưa sâu sát' } },
  schoolBallot('222222222222222', 2),
] as ValidBallot[];

/** Keyer 1's two slips: row 4 of ballot 2 read as 1 (the paper has 3), and the note of ballot 5 missed. */
const keyerOneTyped: BallotEntry[] = paper.map((ballot, index) => {
  if (index === 1) return { ...ballot, answers: ballot.answers.map((mark, row) => (row === 3 ? 1 : mark)) };
  if (index === 4) return { ...ballot, notes: {} };
  return ballot;
});

/** The same ballot, as a line of the verified batch or as keyed, without an id: to compare whatever the order. */
const content = (entries: ReadonlyArray<Record<string, unknown>>) =>
  entries.map(({ ballot: _id, contest: _contest, ...rest }) => JSON.stringify(rest)).sort();

async function twoKeyings(temp: string, first: readonly BallotEntry[] = keyerOneTyped) {
  const opened = await openCampaign(temp);
  const { counter1, counter2, school } = opened;
  const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });
  await keyBatch(counter1, batch.id, first);
  await keyBatch(counter2, batch.id, paper);
  return { ...opened, batchId: batch.id };
}

/** What a wrong answer must leave untouched: the keyed ballots, the differences and the returns. */
function changeableRows(core: Core) {
  return core.vault.store.read((db) =>
    ['keyed_ballots', 'mismatches', 'keyer_returns', 'keyer_return_fields', 'ballots'].map((table) =>
      db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all(),
    ),
  );
}

function keyedEntries(core: Core, batchId: string, pass: number): BallotEntry[] {
  return core.vault.store.read((db) =>
    (
      db
        .prepare(
          `SELECT b.entry FROM keyed_ballots b JOIN keyings k ON k.id = b.keying_id
           WHERE k.batch_id = ? AND k.pass = ? ORDER BY b.position`,
        )
        .pluck()
        .all(batchId, pass) as string[]
    ).map((entry) => JSON.parse(entry) as BallotEntry),
  );
}

async function differencesOf(head: TestClient, batchId: string) {
  return (await head.ok('counting.differences', { batchId })).differences;
}

describe('differences sent back to the keyer', () => {
  const temp = useTempDirectories();

  it('sends two differing fields back to keyer 1 alone, who keys them blind from the paper; the batch verifies as the paper reads', async () => {
    const { core, head, counter1, counter2, campaign, batchId } = await twoKeyings(temp());
    const differences = await differencesOf(head, batchId);
    expect(differences.map((difference) => [difference.position, difference.field, difference.returnedTo])).toEqual([
      [2, 'answer:4', null],
      [5, 'note:2', null],
    ]);
    const ids = differences.map((difference) => difference.id);

    // Only the head sends back, and the batch shows to whom, how many fields, no value.
    expect(await counter2.code('counting.returnToKeyer', { batchId, pass: 1, differenceIds: ids })).toBe('FORBIDDEN');
    const sent = await head.ok('counting.returnToKeyer', { batchId, pass: 1, differenceIds: ids });
    expect(sent).toMatchObject({ verified: false, unresolvedMismatches: 2, openReturn: { pass: 1, fields: 2 } });
    expect((await differencesOf(head, batchId)).map((difference) => difference.returnedTo)).toEqual([1, 1]);

    // While it is open: not settled by the head, not sent back twice.
    expect(await head.code('counting.resolveDifference', { batchId, differenceId: ids[0]!, choice: 'pass2' })).toBe(
      'RETURN_OPEN',
    );
    expect(await head.code('counting.returnToKeyer', { batchId, pass: 2, differenceIds: ids })).toBe('RETURN_OPEN');

    // Keyer 2 and the head neither see nor answer it.
    for (const other of [counter2, head]) {
      expect(await other.code('counting.returnedFields', { batchId })).toBe('NOT_YOUR_KEYING');
    }
    const fields = await counter1.ok('counting.returnedFields', { batchId });
    expect(fields).toMatchObject({ batchNumber: 1, pass: 1, unitName: 'THCS Ngọc Lâm' });
    // Blind: a place and a field, never a value — neither keyer 2's nor keyer 1's own.
    expect(fields.fields).toEqual([
      { differenceId: ids[0], position: 2, field: 'answer:4', rowText: expect.any(String) },
      { differenceId: ids[1], position: 5, field: 'note:2', rowText: expect.any(String) },
    ]);
    expect(JSON.stringify(fields.fields)).not.toContain('Chưa sâu sát');
    const answer = [
      { differenceId: ids[0]!, value: 3 },
      { differenceId: ids[1]!, value: 'Chưa sâu sát' },
    ];
    for (const other of [counter2, head]) {
      expect(await other.code('counting.answerReturn', { returnId: fields.returnId, values: answer })).toBe(
        'NOT_YOUR_KEYING',
      );
    }

    // Keyer 1 reads the paper again: the keyings agree and the batch verifies with the paper's ballots.
    const answered = await counter1.ok('counting.answerReturn', { returnId: fields.returnId, values: answer });
    expect(answered).toMatchObject({ verified: true, unresolvedMismatches: 0, verifiedBallots: 6 });
    expect(answered.openReturn).toBeUndefined();
    expect(keyedEntries(core, batchId, 1)).toEqual(paper);
    const stored = core.vault.store.read((db) => verifiedBallotLines(db, batchId));
    expect(content(stored as never)).toEqual(content(paper as never));

    // The originals stay with the return: both fields were keyer 1's slips.
    const returned = core.vault.store.read((db) => returnedFieldsOf(db, campaign.id));
    const keyerOne = core.vault.store.read((db) =>
      db.prepare(`SELECT id FROM users WHERE login = 'kiemphieu1'`).pluck().get(),
    );
    expect(returned).toEqual([
      {
        batchId,
        position: 2,
        field: 'answer:4',
        pass: 1,
        userId: keyerOne,
        originalValue: 1,
        rekeyedValue: 3,
        changed: true,
      },
      {
        batchId,
        position: 5,
        field: 'note:2',
        pass: 1,
        userId: keyerOne,
        originalValue: '',
        rekeyedValue: 'Chưa sâu sát',
        changed: true,
      },
    ]);
    expect(await head.code('counting.answerReturn', { returnId: fields.returnId, values: answer })).toBe(
      'NOT_YOUR_KEYING',
    );
    expect(await counter1.code('counting.answerReturn', { returnId: fields.returnId, values: answer })).toBe(
      'RETURN_CLOSED',
    );
    expect(await head.code('counting.returnToKeyer', { batchId, pass: 1, differenceIds: ids })).toBe('BATCH_VERIFIED');

    const audit = async (event: 'difference.returned' | 'difference.returnAnswered') =>
      (await head.ok('audit.list', { event })).entries.map((entry) => entry.details);
    expect(await audit('difference.returned')).toEqual([{ batchId, pass: 1, fields: 2 }]);
    expect(await audit('difference.returnAnswered')).toEqual([
      { returnId: fields.returnId, batchId, fields: 2, changed: 2 },
    ]);
    core.shutdown();
  });

  it('leaves to the head what still differs; what the head settled stays settled; a second round may follow', async () => {
    // Keyer 1 also took ballot 4 for an invalid one: a whole-ballot difference.
    const typed = keyerOneTyped.map((ballot, index): BallotEntry =>
      index === 3 ? { valid: false, invalidReason: 'identifying', invalidText: '' } : ballot,
    );
    const { core, head, counter1, counter2, campaign, batchId } = await twoKeyings(temp(), typed);
    const [mark, whole, note] = await differencesOf(head, batchId);
    expect([mark!.field, whole!.field, note!.field]).toEqual(['answer:4', 'ballot', 'note:2']);

    // The head settles the note from the paper, and sends the other two back.
    await head.ok('counting.resolveDifference', { batchId, differenceId: note!.id, choice: 'pass2' });
    expect(await head.code('counting.returnToKeyer', { batchId, pass: 1, differenceIds: [mark!.id, note!.id] })).toBe(
      'DIFFERENCE_SETTLED',
    );
    await head.ok('counting.returnToKeyer', { batchId, pass: 1, differenceIds: [mark!.id, whole!.id] });
    const { returnId, fields } = await counter1.ok('counting.returnedFields', { batchId });
    expect(fields.map((field) => field.field)).toEqual(['answer:4', 'ballot']);

    // Keyer 1 reads row 4 as 2 this time (the paper has 3), and keys ballot 4 again as the paper has it.
    const summary = await counter1.ok('counting.answerReturn', {
      returnId,
      values: [
        { differenceId: whole!.id, value: paper[3]! },
        { differenceId: mark!.id, value: 2 },
      ],
    });
    expect(summary).toMatchObject({ verified: false, unresolvedMismatches: 1 });
    const left = await differencesOf(head, batchId);
    expect(
      left.map((difference) => [difference.position, difference.field, difference.keyed, difference.resolved]),
    ).toEqual([
      [2, 'answer:4', [2, 3], false],
      [5, 'note:2', ['', 'Chưa sâu sát'], true],
    ]);
    expect(left[1]!.id).toBe(note!.id);
    expect(keyedEntries(core, batchId, 1)[3]).toEqual(paper[3]);

    // A second round, to keyer 2 this time: they keep their value, which points at keyer 1.
    const again = await head.ok('counting.returnToKeyer', { batchId, pass: 2, differenceIds: [left[0]!.id] });
    expect(again.openReturn).toEqual({ pass: 2, fields: 1 });
    expect(await counter1.code('counting.returnedFields', { batchId })).toBe('NOT_YOUR_KEYING');
    const second = await counter2.ok('counting.returnedFields', { batchId });
    expect(
      await counter2.ok('counting.answerReturn', {
        returnId: second.returnId,
        values: [{ differenceId: left[0]!.id, value: 3 }],
      }),
    ).toMatchObject({ verified: false, unresolvedMismatches: 1 });
    const last = (await differencesOf(head, batchId)).find((difference) => !difference.resolved)!;
    expect(
      await head.ok('counting.resolveDifference', { batchId, differenceId: last.id, choice: 'pass2' }),
    ).toMatchObject({ verified: true, verifiedBallots: 6 });
    const stored = core.vault.store.read((db) => verifiedBallotLines(db, batchId));
    expect(content(stored as never)).toEqual(content(paper as never));

    const returned = core.vault.store.read((db) => returnedFieldsOf(db, campaign.id));
    expect(returned.map((field) => [field.pass, field.position, field.field, field.changed])).toEqual([
      [1, 2, 'answer:4', true],
      [1, 4, 'ballot', true],
      [2, 2, 'answer:4', false],
    ]);
    expect(returned[1]).toMatchObject({
      originalValue: { valid: false, invalidReason: 'identifying', invalidText: '' },
      rekeyedValue: paper[3],
    });
    core.shutdown();
  });

  it('refuses bad requests and bad answers with a clear error, changing nothing', async () => {
    const { core, head, counter1, counter2, school, batchId } = await twoKeyings(temp());
    const ids = (await differencesOf(head, batchId)).map((difference) => difference.id);
    const other = await counter1.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 2' });
    await keyBatch(counter1, other.id, paper.slice(0, 2));
    await keyBatch(counter2, other.id, [paper[0]!, paper[2]!]);
    const [foreign] = await differencesOf(head, other.id);
    const unchanged = changeableRows(core);

    const send = (input: Record<string, unknown>) =>
      head.code('counting.returnToKeyer', { batchId, pass: 1, differenceIds: ids, ...input });
    expect(await send({ differenceIds: [] })).toBe('INVALID_INPUT');
    expect(await send({ pass: 3 })).toBe('NOT_FOUND');
    expect(await send({ pass: 4 })).toBe('INVALID_INPUT');
    expect(await send({ differenceIds: [ids[0], foreign!.id] })).toBe('NOT_FOUND');
    expect(await send({ differenceIds: [crypto.randomUUID()] })).toBe('NOT_FOUND');
    expect(await counter1.code('counting.returnedFields', { batchId })).toBe('NOT_FOUND');
    expect(changeableRows(core)).toEqual(unchanged);

    await head.ok('counting.returnToKeyer', { batchId, pass: 1, differenceIds: ids });
    const { returnId } = await counter1.ok('counting.returnedFields', { batchId });
    const sentBack = changeableRows(core);
    const answer = (values: Array<{ differenceId: string; value: unknown }>) =>
      counter1.code('counting.answerReturn', { returnId, values });
    const right = [
      { differenceId: ids[0]!, value: 3 },
      { differenceId: ids[1]!, value: 'Chưa sâu sát' },
    ];
    expect(await answer(right.slice(0, 1))).toBe('RETURN_INCOMPLETE');
    expect(await answer([right[0]!, right[0]!])).toBe('RETURN_INCOMPLETE');
    expect(await answer([right[0]!, right[1]!, { differenceId: foreign!.id, value: 1 }])).toBe('RETURN_INCOMPLETE');
    expect(await answer([right[0]!, { differenceId: foreign!.id, value: 'Chưa sâu sát' }])).toBe('RETURN_INCOMPLETE');
    expect(await answer([{ ...right[0]!, value: 5 }, right[1]!])).toBe('BALLOT_INVALID');
    expect(await answer([{ ...right[0]!, value: 'ba' }, right[1]!])).toBe('BALLOT_INVALID');
    expect(await answer([right[0]!, { ...right[1]!, value: 2 }])).toBe('BALLOT_INVALID');
    expect(await answer([right[0]!, { ...right[1]!, value: { valid: true } }])).toBe('INVALID_INPUT');
    expect(await counter1.code('counting.answerReturn', { returnId: crypto.randomUUID(), values: right })).toBe(
      'NOT_FOUND',
    );
    expect(changeableRows(core)).toEqual(sentBack);
    const audit = await head.ok('audit.list', { event: 'difference.returnAnswered' });
    expect(audit.total).toBe(0);
    core.shutdown();
  });

  it('lets the head withdraw a return its keyer cannot answer, and settle those fields after all', async () => {
    const { core, head, counter1, batchId } = await twoKeyings(temp());
    const ids = (await differencesOf(head, batchId)).map((difference) => difference.id);
    await head.ok('counting.returnToKeyer', { batchId, pass: 1, differenceIds: ids.slice(0, 1) });
    // The difference not sent back stays the head's to settle meanwhile.
    await head.ok('counting.resolveDifference', { batchId, differenceId: ids[1]!, choice: 'pass2' });
    const { returnId } = await counter1.ok('counting.returnedFields', { batchId });
    expect(await counter1.code('counting.withdrawReturn', { batchId })).toBe('FORBIDDEN');
    expect(await head.ok('counting.withdrawReturn', { batchId })).not.toHaveProperty('openReturn');
    expect(await head.code('counting.withdrawReturn', { batchId })).toBe('NOT_FOUND');
    expect(
      await counter1.code('counting.answerReturn', { returnId, values: [{ differenceId: ids[0]!, value: 3 }] }),
    ).toBe('RETURN_CLOSED');
    expect(
      await head.ok('counting.resolveDifference', { batchId, differenceId: ids[0]!, choice: 'pass2' }),
    ).toMatchObject({ verified: true });
    core.shutdown();
  });
});
