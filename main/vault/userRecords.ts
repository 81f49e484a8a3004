import type { ReadableDB, WritableDB } from './vaultStore';
import type { Role } from '../../shared/roles';
import type { UserSummary } from '../../shared/users/userSchemas';

/** The SQL of the users table. Removed users stay (the audit log names them) but cannot sign in. */

interface UserRow {
  id: string;
  login: string;
  full_name: string;
  role: Role;
  created_at: string;
}

const columns = 'id, login, full_name, role, created_at';

function toSummary(row: UserRow): UserSummary {
  return { id: row.id, login: row.login, fullName: row.full_name, role: row.role, createdAt: row.created_at };
}

export function insertUser(db: WritableDB, user: UserSummary): void {
  db.prepare('INSERT INTO users (id, login, full_name, role, created_at) VALUES (?, ?, ?, ?, ?)').run(
    user.id,
    user.login,
    user.fullName,
    user.role,
    user.createdAt,
  );
}

export function activeUserById(db: ReadableDB, id: string): UserSummary | null {
  const row = db.prepare(`SELECT ${columns} FROM users WHERE id = ? AND removed_at IS NULL`).get(id) as
    UserRow | undefined;
  return row ? toSummary(row) : null;
}

export function activeUserByLogin(db: ReadableDB, login: string): UserSummary | null {
  const row = db.prepare(`SELECT ${columns} FROM users WHERE login = ? AND removed_at IS NULL`).get(login) as
    UserRow | undefined;
  return row ? toSummary(row) : null;
}

export function activeUsers(db: ReadableDB): UserSummary[] {
  return (db.prepare(`SELECT ${columns} FROM users WHERE removed_at IS NULL`).all() as UserRow[]).map(toSummary);
}

export function countActiveAdmins(db: ReadableDB): number {
  return (
    db.prepare(`SELECT count(*) AS n FROM users WHERE role = 'admin' AND removed_at IS NULL`).get() as { n: number }
  ).n;
}

export function markUserRemoved(db: WritableDB, id: string, at: string): void {
  db.prepare('UPDATE users SET removed_at = ? WHERE id = ? AND removed_at IS NULL').run(at, id);
}
