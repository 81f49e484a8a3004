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

/** The sealed key (keyEnvelope.ts): only the head's signing passphrase opens it; no call returns it. */
export function keyEnvelopeOf(db: ReadableDB, userId: string): string | null {
  const row = db.prepare('SELECT key_envelope FROM signing_identities WHERE user_id = ?').get(userId) as
    { key_envelope: string } | undefined;
  return row?.key_envelope ?? null;
}

/** A head has one identity at a time; a new one replaces the old (signatures carry their certificate). */
export function saveIdentity(
  db: WritableDB,
  userId: string,
  identity: StoredIdentity & { readonly keyEnvelope: string },
  now: string,
): void {
  db.prepare(
    `INSERT INTO signing_identities (user_id, name, post, certificate_pem, key_envelope, source, created_at)
     VALUES (@userId, @name, @post, @certificatePem, @keyEnvelope, @source, @now)
     ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, post = excluded.post,
       certificate_pem = excluded.certificate_pem, key_envelope = excluded.key_envelope,
       source = excluded.source, created_at = excluded.created_at`,
  ).run({
    userId,
    name: identity.name,
    post: identity.post,
    certificatePem: identity.certificatePem,
    keyEnvelope: identity.keyEnvelope,
    source: identity.source,
    now,
  });
}
