import { type Failure } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { lockedCampaign } from './campaignGuards';
import type { campaignSetupCalls } from '../../shared/contract/campaignsCalls';
import { campaignStatusLabels, nextStatus, type CampaignFields } from '../../shared/campaigns/campaignSchemas';
import { addYears } from '../../shared/campaigns/calendar';
import { fail } from '../../shared/errors';
import { getCampaign, insertCampaign, listCampaigns, setCampaignStatus, updateCampaign } from './campaignStore';
import { contestTemplateVersions } from './contestStore';
import { freezeTemplateVersions } from '../templates';
import { listUnitTypes } from './unitTypeStore';
import { insertUnits, listUnits } from './unitStore';
import { type Handlers, signedInUser } from '../base/handlers';
import type { ReadableDB, VaultStore } from '../vault';

/** A schedule names known unit types, each once, with a template version that exists. */
function scheduleProblem(db: ReadableDB, fields: CampaignFields): Failure<'SCHEDULE_INVALID' | 'NOT_FOUND'> | null {
  const known = new Set(listUnitTypes(db).map((type) => type.code));
  const seen = new Set<string>();
  for (const entry of fields.schedule) {
    if (!known.has(entry.unitType)) {
      return fail('SCHEDULE_INVALID', {
        reason: message('core.campaignSetupHandlers.noUnitType', { unitType: entry.unitType }),
      });
    }
    if (seen.has(entry.unitType)) {
      return fail('SCHEDULE_INVALID', {
        reason: message('core.campaignSetupHandlers.unitTypeIsScheduled', { unitType: entry.unitType }),
      });
    }
    seen.add(entry.unitType);
    if (!db.prepare('SELECT 1 FROM template_versions WHERE id = ?').get(entry.templateVersionId)) {
      return fail('NOT_FOUND', { what: message('core.thing.template') });
    }
  }
  return null;
}

export function createCampaignSetupHandlers(store: VaultStore): Handlers<typeof campaignSetupCalls> {
  const now = () => new Date().toISOString();
  return {
    'campaigns.list': () => store.read(listCampaigns),
    'campaigns.get': ({ campaignId }) => store.read((db) => getCampaign(db, campaignId)),
    'campaigns.unitTypes': () => store.read(listUnitTypes),

    'campaigns.create': (fields, context) =>
      store.write(
        signedInUser(context),
        'campaign.created',
        { name: fields.name, planNumber: fields.planNumber, year: fields.year },
        (db) => {
          const invalid = scheduleProblem(db, fields);
          if (invalid) return invalid;
          return getCampaign(db, insertCampaign(db, fields, now()));
        },
      ),

    'campaigns.update': ({ campaignId, ...fields }, context) =>
      store.write(signedInUser(context), 'campaign.updated', { campaignId, name: fields.name }, (db) => {
        const locked = lockedCampaign(getCampaign(db, campaignId));
        if (locked) return locked;
        const invalid = scheduleProblem(db, fields);
        if (invalid) return invalid;
        updateCampaign(db, campaignId, fields);
        return getCampaign(db, campaignId);
      }),

    'campaigns.advance': ({ campaignId, to }, context) =>
      store.write(signedInUser(context), 'campaign.advanced', { campaignId, to }, (db) => {
        const campaign = getCampaign(db, campaignId);
        if (nextStatus[campaign.status] !== to) {
          return fail('CAMPAIGN_CANNOT_ADVANCE', {
            reason: message('core.campaigns.onlyNextStep', { status: campaignStatusLabels[campaign.status] }),
          });
        }
        if (to === 'open') {
          if (campaign.contestCount === 0) {
            return fail('CAMPAIGN_CANNOT_ADVANCE', {
              reason: message('core.campaignSetupHandlers.thereAreNoContests'),
            });
          }
          // Ballots are printed from these versions now: they must never change again.
          freezeTemplateVersions(db, contestTemplateVersions(db, campaignId), now());
        }
        setCampaignStatus(db, campaignId, to);
        return getCampaign(db, campaignId);
      }),

    'campaigns.copyToNextYear': ({ campaignId, name, planNumber, planDate }, context) =>
      store.write(signedInUser(context), 'campaign.copied', { from: campaignId, name }, (db) => {
        const source = getCampaign(db, campaignId);
        const copyId = insertCampaign(
          db,
          {
            name,
            planNumber,
            planDate,
            issuingBody: source.issuingBody,
            locality: source.locality,
            year: source.year + 1,
            percentageBase: source.percentageBase,
            keyingsRequired: source.keyingsRequired,
            flagThresholdPercent: source.flagThresholdPercent,
            textFloor: source.textFloor,
            auditSampleSize: source.auditSampleSize,
            auditWarningPerThousand: source.auditWarningPerThousand,
            refuseWhileOnline: source.refuseWhileOnline,
            schedule: source.schedule.map((entry) => ({ ...entry, pollDate: addYears(entry.pollDate, 1) })),
          },
          now(),
          campaignId,
        );
        // Overrides were decided for last year's poll: the new campaign decides afresh. The copy's
        // units and people are new records (new ids); the same person is matched by name.
        insertUnits(
          db,
          copyId,
          listUnits(db, campaignId).map(({ id: _unit, ...unit }) => ({
            ...unit,
            subjects: unit.subjects.map(({ id: _subject, ...subject }) => ({ ...subject, eligibilityOverride: null })),
          })),
        );
        return getCampaign(db, copyId);
      }),
  };
}
