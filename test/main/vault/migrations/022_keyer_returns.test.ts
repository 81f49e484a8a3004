import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import * as fixtures from '../../../helpers/migrationFixtures';

describe('migration 022: differences sent back to a keyer, with the values before and after', () => {
  const vaults = fixtures.useMigrationVaults(22, (db) => {
    const ids = {
      ...fixtures.seedOpenSchoolCampaign(db),
      ...fixtures.randomIds('batch', 'keying1', 'keying2', 'difference'),
    };
    fixtures.insertRow(db, 'batches', {
      id: ids.batch,
      contest_id: ids.contest,
      number: 1,
      label: 'Phong bì 1',
      source: 'keyed',
      created_at: '2023-05-17T09:00:00.000Z',
    });
    for (const [pass, keying, user] of [
      [1, ids.keying1, ids.counter1],
      [2, ids.keying2, ids.counter2],
    ] as const)
      fixtures.insertRow(db, 'keyings', {
        id: keying,
        batch_id: ids.batch,
        pass,
        user_id: user,
        session_id: randomUUID(),
        started_at: '2023-05-17T09:05:00.000Z',
        finished_at: '2023-05-17T09:30:00.000Z',
      });
    fixtures.insertRow(db, 'mismatches', {
      id: ids.difference,
      batch_id: ids.batch,
      position: 2,
      field: 'answer:4',
      keyed: '[1,3]',
    });
    return ids;
  });

  it('keeps every earlier row, and adds empty tables: no difference was ever sent back before', () => {
    const vault = vaults.beforeMigration();
    const before = fixtures.snapshotTables(vault.db);
    migrate(vault.db, 22);
    fixtures.expectRowsKept(vault.db, before);
    for (const table of ['keyer_returns', 'keyer_return_fields'])
      expect(vault.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
  });

  it('one open return per batch at a time; a second round once the first is answered or withdrawn', () => {
    const { db, batch, keying1, keying2, head } = vaults.migrated();
    const send =
      (id: string, row: Record<string, unknown> = {}) =>
      () =>
        fixtures.insertRow(db, 'keyer_returns', {
          id,
          batch_id: batch,
          keying_id: keying1,
          returned_by: head,
          returned_at: '2023-05-17T10:00:00.000Z',
          ...row,
        });
    const first = randomUUID();
    expect(send(first, { keying_id: randomUUID() })).toThrow(/FOREIGN KEY/);
    expect(send(first, { returned_by: randomUUID() })).toThrow(/FOREIGN KEY/);
    expect(send(first, { answered_at: '2023-05-17T10:10:00.000Z', withdrawn_at: '2023-05-17T10:10:00.000Z' })).toThrow(
      /CHECK/,
    );
    send(first)();
    expect(send(randomUUID(), { keying_id: keying2 })).toThrow(/UNIQUE/);
    db.prepare('UPDATE keyer_returns SET answered_at = ? WHERE id = ?').run('2023-05-17T10:10:00.000Z', first);
    const second = randomUUID();
    send(second, { keying_id: keying2 })();
    db.prepare('UPDATE keyer_returns SET withdrawn_at = ? WHERE id = ?').run('2023-05-17T10:20:00.000Z', second);
    send(randomUUID())();
  });

  it('a field sent back names a real field, keeps what was keyed as JSON, and is sent once per return', () => {
    const { db, batch, keying1, head, difference } = vaults.migrated();
    const returnId = randomUUID();
    fixtures.insertRow(db, 'keyer_returns', {
      id: returnId,
      batch_id: batch,
      keying_id: keying1,
      returned_by: head,
      returned_at: '2023-05-17T10:00:00.000Z',
    });
    const field = (row: Record<string, unknown>) => () =>
      fixtures.insertRow(db, 'keyer_return_fields', {
        return_id: returnId,
        difference_id: difference,
        position: 2,
        field: 'answer:4',
        keyed: '[1,3]',
        original_value: '1',
        ...row,
      });
    expect(field({ return_id: randomUUID() })).toThrow(/FOREIGN KEY/);
    expect(field({ field: 'answer:0' })).toThrow(/CHECK/);
    expect(field({ field: 'mark' })).toThrow(/CHECK/);
    expect(field({ position: 0 })).toThrow(/CHECK/);
    expect(field({ keyed: '{"1":1}' })).toThrow(/CHECK/);
    expect(field({ original_value: 'một' })).toThrow(/CHECK/);
    expect(field({ rekeyed_value: '{' })).toThrow(/CHECK/);
    field({})();
    expect(field({})).toThrow(/UNIQUE|PRIMARY/);
    expect(field({ difference_id: randomUUID() })).toThrow(/UNIQUE/);
    field({ difference_id: randomUUID(), position: 5, field: 'note:2', original_value: '""' })();
    field({ difference_id: randomUUID(), position: 6, field: 'ballot', original_value: 'null' })();
    db.prepare('UPDATE keyer_return_fields SET rekeyed_value = ? WHERE difference_id = ?').run('3', difference);
    expect(db.prepare('SELECT rekeyed_value FROM keyer_return_fields WHERE field = ?').pluck().get('answer:4')).toBe(
      '3',
    );
  });
});
