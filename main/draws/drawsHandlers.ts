import { message } from '../../shared/i18n/messages';
import { verifyDrawRecord, runDraw } from './drawAlgorithm';
import type { drawsCalls } from '../../shared/contract/drawsCalls';
import { fail } from '../../shared/errors';
import { compareCandidates } from '../../shared/draws/candidateOrder';
import {
  getCampaign,
  replaceContests,
  getDraw,
  insertDraw,
  type HeldDraw,
  listUnitTypes,
  lockedCampaign,
  exclusionReason,
  unitViews,
} from '../campaigns';
import { type Handlers, signedInUser } from '../base/handlers';
import type { ReadableDB, VaultStore } from '../vault';

/**
 * Per scheduled unit type, the eligible units in the order of `compareCandidates` (Vietnamese
 * alphabetical, defined by code point) — the numbered list printed in the minutes — and the
 * excluded ones with why.
 */
export function drawCandidates(db: ReadableDB, campaignId: string) {
  const campaign = getCampaign(db, campaignId);
  const types = new Map(listUnitTypes(db).map((type) => [type.code, type]));
  const units = unitViews(db, campaignId);
  return campaign.schedule.map((entry) => {
    const ofType = units
      .filter((unit) => unit.unitType === entry.unitType)
      .sort((a, b) => compareCandidates(a.name, b.name));
    return {
      unitType: entry.unitType,
      label: types.get(entry.unitType)?.name ?? entry.unitType,
      candidates: ofType.filter((unit) => unit.eligible).map((unit) => ({ unitId: unit.id, name: unit.name })),
      excluded: ofType
        .filter((unit) => !unit.eligible)
        .map((unit) => ({ unitId: unit.id, name: unit.name, reason: exclusionReason(unit) })),
    };
  });
}

export function createDrawsHandlers(store: VaultStore): Handlers<typeof drawsCalls> {
  return {
    'draws.candidates': ({ campaignId }) => store.read((db) => drawCandidates(db, campaignId)),
    'draws.get': ({ campaignId }) => store.read((db) => getDraw(db, campaignId)),
    'draws.verifyRecord': ({ record }) => verifyDrawRecord(record),
    'draws.hold': ({ campaignId, seed, counts, meeting }, context) =>
      store.write(
        signedInUser(context),
        'draw.held',
        (held: HeldDraw) => ({
          campaignId,
          seed: held.record.seed,
          drawn: Object.fromEntries(held.record.groups.map((group) => [group.unitType, group.drawn])),
        }),
        (db) => {
          const locked = lockedCampaign(getCampaign(db, campaignId));
          if (locked) return locked;
          if (getDraw(db, campaignId)) return fail('DRAW_ALREADY_HELD');
          const groups = drawCandidates(db, campaignId);
          const empty = counts.find(
            ({ unitType }) => !groups.some((group) => group.unitType === unitType && group.candidates.length > 0),
          );
          if (empty)
            return fail('DRAW_RECORD_INVALID', {
              reason: message('core.drawsHandlers.noEligibleUnitOf', { unitType: empty.unitType }),
            });
          const record = runDraw({
            seed,
            groups: counts.map(({ unitType, count }) => {
              const group = groups.find((candidate) => candidate.unitType === unitType)!;
              return {
                unitType,
                label: group.label,
                count,
                candidates: group.candidates.map((candidate) => candidate.name),
              };
            }),
          });
          // Contests made before the draw would include units that were not drawn.
          replaceContests(db, campaignId, []);
          // Left out of the types drawn, as they stand now: the minutes print them with why.
          const excluded = groups
            .filter((group) => counts.some(({ unitType }) => unitType === group.unitType))
            .flatMap((group) => group.excluded.map(({ name, reason }) => ({ unitType: group.unitType, name, reason })));
          return insertDraw(db, campaignId, record, meeting, new Date().toISOString(), excluded);
        },
      ),
  };
}
