import { AppError } from '../../../../shared/errors';
import type { VaultDatabase } from '../openDatabase';
import { up as initial } from './001_initial';
import { up as campaigns } from './002_campaigns';
import { up as counting } from './003_counting';
import { up as results } from './004_results';
import { up as seals } from './005_seals';
import { up as archive } from './006_archive';
import { up as signingKeys } from './007_signing_keys';
import { up as trustedSigners } from './008_trusted_signers';
import { up as drawExclusions } from './009_draw_exclusions';
import { up as desks } from './010_desks';
import { up as deskBatches } from './011_desk_batches';
import { up as ballotsRowid } from './012_ballots_rowid';
import { up as deskSecondEntry } from './013_desk_second_entry';
import { up as ratings } from './014_ratings';
import { up as plans } from './015_plans';
import { up as remediation } from './016_remediation';
import { up as ballotSources } from './017_ballot_sources';
import { up as kiosk } from './018_kiosk';
import { up as kioskLan } from './019_kiosk_lan';
import { up as packedMarks } from './020_packed_marks';
import { up as keyingAudit } from './021_keying_audit';
import { up as keyerReturns } from './022_keyer_returns';
import { up as corrections } from './023_corrections';
import { up as refuseWhileOnline } from './024_refuse_while_online';

export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: VaultDatabase): void;
}

/** In order; a migration's version is its position. Never edit one that has shipped: add the next. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', up: initial },
  { version: 2, name: 'campaigns', up: campaigns },
  { version: 3, name: 'counting', up: counting },
  { version: 4, name: 'results', up: results },
  { version: 5, name: 'seals', up: seals },
  { version: 6, name: 'archive', up: archive },
  { version: 7, name: 'signing keys', up: signingKeys },
  { version: 8, name: 'trusted signers', up: trustedSigners },
  { version: 9, name: 'draw exclusions', up: drawExclusions },
  { version: 10, name: 'desks', up: desks },
  { version: 11, name: 'desk batches', up: deskBatches },
  { version: 12, name: 'ballots rowid', up: ballotsRowid },
  { version: 13, name: 'desk second entry', up: deskSecondEntry },
  { version: 14, name: 'ratings', up: ratings },
  { version: 15, name: 'plans', up: plans },
  { version: 16, name: 'remediation', up: remediation },
  { version: 17, name: 'ballot sources', up: ballotSources },
  { version: 18, name: 'kiosk', up: kiosk },
  { version: 19, name: 'kiosk lan', up: kioskLan },
  { version: 20, name: 'packed marks', up: packedMarks },
  { version: 21, name: 'keying audit', up: keyingAudit },
  { version: 22, name: 'keyer returns', up: keyerReturns },
  { version: 23, name: 'corrections', up: corrections },
  { version: 24, name: 'refuse while online', up: refuseWhileOnline },
];

export const latestVersion = migrations.length;

export function schemaVersion(db: VaultDatabase): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings the schema up to `target` (the newest by default): all pending migrations in one
 * transaction, the version in user_version. A vault newer than this app is refused untouched.
 */
export function migrate(
  db: VaultDatabase,
  target: number = latestVersion,
  all: readonly Migration[] = migrations,
): void {
  const current = schemaVersion(db);
  if (current > all.length) throw new AppError('VAULT_TOO_NEW', { found: current, supported: all.length });
  const pending = all.filter((migration) => migration.version > current && migration.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version=${target}`);
  })();
}
