import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../main/vault/database/migrations';
import { scratchDatabase } from '../../../helpers/scratchDatabase';
import { useTempDirectories } from '../../../helpers/tempDirectory';

const digest = 'ab'.repeat(32);

describe('migration 005: seal records are append-only, signed once', () => {
  const temp = useTempDirectories();

  function sealedDatabase() {
    const db = scratchDatabase(temp());
    migrate(db);
    // Referenced rows are beside the point here.
    db.pragma('foreign_keys = OFF');
    const id = randomUUID();
    db.prepare(
      `INSERT INTO result_seals (id, contest_id, sequence, reason, previous_digest, envelope_seal, canonical_json, digest,
         sealed_by, sealed_at) VALUES (?, ?, 1, NULL, NULL, 'NP-0012', '{}', ?, ?, '2026-03-01T08:00:00.000Z')`,
    ).run(id, randomUUID(), digest, randomUUID());
    return { db, id };
  }

  it('lets a record take its signature once, and nothing else ever', () => {
    const { db, id } = sealedDatabase();
    const sign = db.prepare(
      `UPDATE result_seals SET signature = ?, certificate_pem = 'PEM', signer_name = 'Trần Văn Bình',
         signed_at = '2026-03-01T09:00:00.000Z' WHERE id = ?`,
    );
    expect(() => db.prepare(`UPDATE result_seals SET digest = ? WHERE id = ?`).run('cd'.repeat(32), id)).toThrow(
      /only takes its signature/,
    );
    expect(() => db.prepare(`UPDATE result_seals SET signature = X'01' WHERE id = ?`).run(id)).toThrow(/CHECK/);
    sign.run(Buffer.from([1, 2, 3]), id);
    expect(() => sign.run(Buffer.from([4, 5, 6]), id)).toThrow(/only takes its signature/);
    expect(() => db.prepare(`UPDATE result_seals SET canonical_json = '[]' WHERE id = ?`).run(id)).toThrow(
      /only takes its signature/,
    );
    expect(() => db.prepare('DELETE FROM result_seals WHERE id = ?').run(id)).toThrow(/never deleted/);
    expect(db.prepare('SELECT signature FROM result_seals WHERE id = ?').get(id)).toEqual({
      signature: Buffer.from([1, 2, 3]),
    });
    db.close();
  });

  it('keeps a seal without a reason and an amendment with one, one record per sequence', () => {
    const { db } = sealedDatabase();
    const insert = db.prepare(
      `INSERT INTO result_seals (id, contest_id, sequence, reason, previous_digest, envelope_seal, canonical_json, digest,
         sealed_by, sealed_at) VALUES (?, ?, ?, ?, ?, 'NP-1', '{}', ?, 'u', 't')`,
    );
    const contest = randomUUID();
    expect(() => insert.run(randomUUID(), contest, 1, 'lý do', null, digest)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), contest, 2, null, digest, digest)).toThrow(/CHECK/);
    expect(() => insert.run(randomUUID(), contest, 1, null, null, 'not hex')).toThrow(/CHECK/);
    insert.run(randomUUID(), contest, 1, null, null, digest);
    expect(() => insert.run(randomUUID(), contest, 1, null, null, digest)).toThrow(/UNIQUE/);
    insert.run(randomUUID(), contest, 2, 'Sửa số phiếu phát ra', digest, digest);
    db.close();
  });
});
