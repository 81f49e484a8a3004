import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ballotCountsBySource } from '../../../main/counting';
import type { VaultDatabase } from '../../../main/vault/database/openDatabase';
import type { ReadableDB } from '../../../main/vault/vaultStore';
import * as fixtures from '../../helpers/migrationFixtures';

/** A verified batch of the contest with `valid` and `invalid` ballots (no marks: only the count is read). */
function batchWith(
  db: VaultDatabase,
  contest: string,
  number: number,
  source: 'keyed' | 'imported',
  ballots: { valid: number; invalid: number },
): string {
  const id = randomUUID();
  fixtures.insertRow(db, 'batches', {
    id,
    contest_id: contest,
    number,
    label: `lô ${number}`,
    source,
    verified_at: '2023-05-17T09:00:00.000Z',
    created_at: '2023-05-17T09:00:00.000Z',
  });
  for (let index = 0; index < ballots.valid + ballots.invalid; index += 1) {
    const valid = index < ballots.valid;
    fixtures.insertRow(db, 'ballots', {
      id: randomUUID(),
      contest_id: contest,
      batch_id: id,
      valid: valid ? 1 : 0,
      invalid_reason: valid ? null : 'blank',
      slot: valid ? index : null,
    });
  }
  return id;
}

function sourceRow(db: VaultDatabase, batch: string, head: string, kind: 'ballotLines' | 'survey') {
  fixtures.insertRow(db, 'batch_sources', {
    batch_id: batch,
    kind,
    tool: kind === 'survey' ? 'limeSurvey' : null,
    file_name: kind === 'survey' ? 'results-survey123.csv' : 'phieu.jsonl',
    file_sha256: 'ab'.repeat(32),
    mapping: kind === 'survey' ? '{"tool":"limeSurvey"}' : null,
    imported_at: '2023-05-17T09:00:00.000Z',
    imported_by: head,
  });
}

describe('ballotCountsBySource: where each counted ballot’s batch came from', () => {
  const vaults = fixtures.useMigrationVaults(17, (db) => {
    const ids = fixtures.randomIds('campaign', 'unit', 'subject', 'contest', 'head', 'counter1', 'counter2');
    fixtures.insertVaultBasics(db);
    fixtures.insertHeadAndCounters(db, ids);
    fixtures.insertSchoolCampaign(db, ids, { status: 'open' });
    return ids;
  });

  it('keyed here and merged from a desk are paper; a recorded import is its kind; an import with no record predates 017', () => {
    const { db, contest, head, campaign } = vaults.migrated();
    batchWith(db, contest, 1, 'keyed', { valid: 4, invalid: 1 });
    // A desk's verified batch arrives stored as imported, but it is paper keyed at the desk.
    const kit = randomUUID();
    fixtures.insertDesk(db, { campaign, head }, kit);
    const fromDesk = batchWith(db, contest, 2, 'imported', { valid: 6, invalid: 0 });
    fixtures.insertRow(db, 'desk_batches', {
      batch_id: fromDesk,
      kit_id: kit,
      keyings: '[]',
      resolutions: '[]',
      merged_at: '2023-05-17T10:00:00.000Z',
      merged_by: head,
    });
    sourceRow(db, batchWith(db, contest, 3, 'imported', { valid: 2, invalid: 1 }), head, 'ballotLines');
    sourceRow(db, batchWith(db, contest, 4, 'imported', { valid: 3, invalid: 0 }), head, 'survey');
    // JSON lines imported before batch_sources existed: the only import there was.
    batchWith(db, contest, 5, 'imported', { valid: 1, invalid: 1 });

    // A read outside a vault store: the scratch database stands for the read's handle.
    const read = db as ReadableDB;
    const rows = ballotCountsBySource(read, contest).sort((a, b) => `${a.kind}`.localeCompare(`${b.kind}`));
    expect(rows).toEqual([
      { kind: 'ballotLines', tool: null, valid: 3, invalid: 2 },
      { kind: 'desk', tool: null, valid: 6, invalid: 0 },
      { kind: 'keyed', tool: null, valid: 4, invalid: 1 },
      { kind: 'survey', tool: 'limeSurvey', valid: 3, invalid: 0 },
    ]);
    expect(ballotCountsBySource(read, randomUUID())).toEqual([]);
  });
});
