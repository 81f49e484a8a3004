import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openEncryptedDatabase } from '../../main/vault/database/openDatabase';

/** A fresh encrypted database (no vault around it), for schema tests. */
export function scratchDatabase(directory: string) {
  return openEncryptedDatabase(join(directory, 'scratch.db'), randomBytes(32), { create: true });
}
