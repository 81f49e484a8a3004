import { randomUUID } from 'node:crypto';
import { userRecords, type WritableDB } from '../vault';

/**
 * The user a desk's first keyings are recorded under at a main desk that keys the paper again.
 * Keyings name a user, and the head who settles the differences must not be one of the keyers:
 * so the desk gets its own user, removed at once — no one can sign in as it, and the audit and
 * the keying screens name the desk. Its login is made from the kit id, unique among users.
 */
export function addStandInKeyer(db: WritableDB, kitId: string, deskName: string, at: string): string {
  const id = randomUUID();
  userRecords.insertUser(db, {
    id,
    login: `banphu${kitId.replaceAll('-', '').slice(0, 12)}`,
    fullName: `${deskName} (lần nhập thứ nhất)`.slice(0, 100),
    role: 'counter',
    createdAt: at,
  });
  userRecords.markUserRemoved(db, id, at);
  return id;
}
