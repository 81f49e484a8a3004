import { airGapSeen, type AirGapStatus } from '../../shared/app/airGap';
import { formatVietnameseDateTime } from '../../shared/campaigns/calendar';
import { fail, type Failure } from '../../shared/errors';
import type { ReadableDB } from '../vault';
import { refusesWhileOnline } from './campaignStore';

/**
 * The air-gap check's latest answer (issue 22, point 2). The core runs the check and hands this
 * to the features that refuse work while the machine is online — keying and imports of ballots
 * (counting, desks), sealing and signing (results, corrections) — as it hands counting the
 * seals; no feature runs the check or reaches the core.
 */
export interface AirGapState {
  status(): AirGapStatus;
}

/**
 * Keying and sealing wait while the machine could reach outside, in a campaign that asks for it
 * (the campaign's setting is read only when the machine is online: keying offline costs nothing).
 */
export function refusedWhileOnline(
  db: ReadableDB,
  campaignId: string,
  airGap: AirGapState,
): Failure<'MACHINE_ONLINE'> | null {
  const status = airGap.status();
  if (!status.online || !refusesWhileOnline(db, campaignId)) return null;
  return fail('MACHINE_ONLINE', { seen: airGapSeen(status.checks), since: formatVietnameseDateTime(status.since) });
}
