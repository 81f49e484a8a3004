import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insertVerifiedBallots } from '../../../main/counting/ballotStore';
import { countMarks } from '../../../main/results/contestTally';
import type { ReadableDB, WritableDB } from '../../../main/vault';
import type { Answer, BallotEntry } from '../../../shared/counting/ballot';
import { severalMarksNibble } from '../../../shared/counting/packedMarks';
import * as fixtures from '../../helpers/migrationFixtures';

const answer = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 10 }) },
  { weight: 1, arbitrary: fc.constant<'*'>('*') },
) as fc.Arbitrary<Answer>;

/** Valid ballots of `rows` marks and a prestige, and a few invalid ones among them. */
const ballots = (rows: number) =>
  fc.array(
    fc.oneof(
      {
        weight: 9,
        arbitrary: fc.record({ answers: fc.array(answer, { minLength: rows, maxLength: rows }), prestige: answer }),
      },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
    { minLength: 1, maxLength: 60 },
  );

const markOf = (value: Answer) => (value === '*' ? severalMarksNibble : value);

describe('the recount of packed records against a count made by hand', () => {
  const vaults = fixtures.useMigrationVaults(20, fixtures.seedOpenSchoolCampaign);

  it('counts every row’s every mark as the ballots carried it, whatever the width and the batches', () => {
    const vault = vaults.migrated();
    const db = vault.db as unknown as WritableDB;
    let batchNumber = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 3 }), (rows, batches) => {
        db.prepare('DELETE FROM ballot_marks').run();
        db.prepare('DELETE FROM ballots').run();
        const expected = new Uint32Array((rows + 1) * 16);
        let records = 0;
        return fc.assert(
          fc.property(fc.array(ballots(rows), { minLength: batches, maxLength: batches }), (perBatch) => {
            for (const entries of perBatch) {
              batchNumber += 1;
              const batchId = `batch-${batchNumber}`;
              fixtures.insertRow(vault.db, 'batches', {
                id: batchId,
                contest_id: vault.contest,
                number: batchNumber,
                label: `Hòm phiếu ${batchNumber}`,
                source: 'keyed',
                created_at: '2023-05-01T09:00:00.000Z',
              });
              const stored: BallotEntry[] = entries.map((entry) =>
                entry
                  ? { valid: true, answers: entry.answers, notes: {}, other: '', prestige: entry.prestige }
                  : { valid: false, invalidReason: 'blank', invalidText: '' },
              );
              insertVerifiedBallots(db, vault.contest, batchId, stored);
              for (const entry of entries) {
                if (!entry) continue;
                records += 1;
                [...entry.answers, entry.prestige].forEach(
                  (value, row) => (expected[(row << 4) | markOf(value)]! += 1),
                );
              }
            }
            const counted = countMarks(vault.db as unknown as ReadableDB, vault.contest, rows + 1);
            expect(counted.records).toBe(records);
            expect([...counted.pairs]).toEqual([...expected]);
          }),
          { numRuns: 3 },
        );
      }),
      { numRuns: 25 },
    );
  });
});
