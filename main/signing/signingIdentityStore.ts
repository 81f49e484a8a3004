import type { ReadableDB, WritableDB } from '../vault';

/** The SQL of signing identities: one per head, key and certificate, inside the encrypted vault. */

export interface StoredIdentity {
  readonly name: string;
  readonly post: string;
  readonly certificatePem: string;
  readonly source: 'generated' | 'pkcs12';
}

export function identityOf(db: ReadableDB, userId: string): StoredIdentity | null {
  const row = db
    .prepare('SELECT name, post, certificate_pem, source FROM signing_identities WHERE user_id = ?')
    .get(userId) as
    { name: string; post: string; certificate_pem: string; source: StoredIdentity['source'] } | undefined;
  return row ? { name: row.name, post: row.post, certificatePem: row.certificate_pem, source: row.source } : null;
}

/** Only the signer reads the key, and only to sign; no call returns it. */
export function privateKeyOf(db: ReadableDB, userId: string): string | null {
  const row = db.prepare('SELECT private_key_pem FROM signing_identities WHERE user_id = ?').get(userId) as
    { private_key_pem: string } | undefined;
  return row?.private_key_pem ?? null;
}

/** A head has one identity at a time; a new one replaces the old (signatures carry their certificate). */
export function saveIdentity(
  db: WritableDB,
  userId: string,
  identity: StoredIdentity & { readonly privateKeyPem: string },
  now: string,
): void {
  db.prepare(
    `INSERT INTO signing_identities (user_id, name, post, certificate_pem, private_key_pem, source, created_at)
     VALUES (@userId, @name, @post, @certificatePem, @privateKeyPem, @source, @now)
     ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, post = excluded.post,
       certificate_pem = excluded.certificate_pem, private_key_pem = excluded.private_key_pem,
       source = excluded.source, created_at = excluded.created_at`,
  ).run({ ...identity, userId, now });
}
