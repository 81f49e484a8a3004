import type { ReadableDB } from './vaultStore';

/** The vault's own name as created (e.g. "Ban Tuyên giáo Quận ủy Long Biên"): documents it compiles are headed by it. */
export function storedVaultName(db: ReadableDB): string {
  const row = db.prepare(`SELECT value FROM vault_meta WHERE key = 'vault_name'`).get() as
    { value: string } | undefined;
  return row?.value ?? '';
}
