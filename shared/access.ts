import { roles, type Role } from './roles';

/**
 * Who may make a call: `public` needs no signed-in user (the first screen, the language
 * switch); otherwise the roles allowed. Every call names one of the policies below, so a
 * reader sees the same few rules everywhere and a change to one is a change to all its calls.
 */
export type Access = 'public' | readonly [Role, ...Role[]];

export const access = {
  /** Nobody need be signed in: the first screen, sign-in, the language switch. */
  everyone: 'public',
  /** Any signed-in user, whatever the role. */
  signedIn: roles,
  /** Setting the vault and the campaigns up: users, settings, units, the draw. */
  adminOnly: ['admin'],
  /** Reading the record of the work: audit log, operator statistics, prints. */
  adminOrHead: ['admin', 'head'],
  /** The desk: everyone who counts, and the administrator who watches it. */
  deskViewers: ['admin', 'head', 'counter'],
  /** Keying ballots: the committee's members and its head. */
  counting: ['head', 'counter'],
  /** What the head of the counting committee alone decides and signs. */
  headOnly: ['head'],
  /** Reading sealed results, the state of backups, and checking the vault. */
  recordReaders: ['admin', 'head', 'archivist'],
  /** Backups and archive keys. */
  archiveKeepers: ['archivist', 'admin'],
} as const satisfies Record<string, Access>;

/** Whether someone with this role (or nobody signed in: null) may make a call with this access rule. */
export function mayCall(rule: Access, role: Role | null): boolean {
  if (rule === 'public') return true;
  return role !== null && rule.includes(role);
}
