import { requireDraft } from './campaignGuards';
import type { campaignSetupCalls } from '../../shared/contract/campaignsCalls';
import { campaignStatusLabels, nextStatus, type CampaignFields } from '../../shared/campaigns/campaignSchemas';
import { addYears } from '../../shared/campaigns/calendar';
import { AppError } from '../../shared/errors';
import { getCampaign, insertCampaign, listCampaigns, setCampaignStatus, updateCampaign } from './campaignStore';
import { contestTemplateVersions } from './contestStore';
import { freezeTemplateVersions } from '../templates';
import { listUnitTypes } from './unitTypeStore';
import { insertUnits, listUnits } from './unitStore';
import { type Handlers, signedInUser } from '../base/handlers';
import type { ReadableDB, VaultStore } from '../vault';

function checkSchedule(db: ReadableDB, fields: CampaignFields): void {
  const known = new Set(listUnitTypes(db).map((type) => type.code));
  const seen = new Set<string>();
  for (const entry of fields.schedule) {
    if (!known.has(entry.unitType)) {
      throw new AppError('SCHEDULE_INVALID', {
        reason: { vi: `không có loại đơn vị «${entry.unitType}»`, en: `no unit type “${entry.unitType}”` },
      });
    }
    if (seen.has(entry.unitType)) {
      throw new AppError('SCHEDULE_INVALID', {
        reason: {
          vi: `loại đơn vị «${entry.unitType}» có hai lịch`,
          en: `unit type “${entry.unitType}” is scheduled twice`,
        },
      });
    }
    seen.add(entry.unitType);
    if (!db.prepare('SELECT 1 FROM template_versions WHERE id = ?').get(entry.templateVersionId)) {
      throw new AppError('NOT_FOUND', { what: { vi: 'mẫu phiếu', en: 'template' } });
    }
  }
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
          checkSchedule(db, fields);
          return getCampaign(db, insertCampaign(db, fields, now()));
        },
      ),

    'campaigns.update': ({ campaignId, ...fields }, context) =>
      store.write(signedInUser(context), 'campaign.updated', { campaignId, name: fields.name }, (db) => {
        requireDraft(getCampaign(db, campaignId));
        checkSchedule(db, fields);
        updateCampaign(db, campaignId, fields);
        return getCampaign(db, campaignId);
      }),

    'campaigns.advance': ({ campaignId, to }, context) =>
      store.write(signedInUser(context), 'campaign.advanced', { campaignId, to }, (db) => {
        const campaign = getCampaign(db, campaignId);
        if (nextStatus[campaign.status] !== to) {
          throw new AppError('CAMPAIGN_CANNOT_ADVANCE', {
            reason: {
              vi: `từ «${campaignStatusLabels[campaign.status].vi}» chỉ sang được bước kế tiếp`,
              en: `from “${campaignStatusLabels[campaign.status].en}” only the next step is possible`,
            },
          });
        }
        if (to === 'open') {
          if (campaign.contestCount === 0) {
            throw new AppError('CAMPAIGN_CANNOT_ADVANCE', {
              reason: { vi: 'chưa lập danh sách phiếu', en: 'there are no contests yet' },
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
            schedule: source.schedule.map((entry) => ({ ...entry, pollDate: addYears(entry.pollDate, 1) })),
          },
          now(),
          campaignId,
        );
        // Overrides were decided for last year's poll: the new campaign decides afresh.
        insertUnits(
          db,
          copyId,
          listUnits(db, campaignId).map((unit) => ({
            ...unit,
            subjects: unit.subjects.map((subject) => ({ ...subject, eligibilityOverride: null })),
          })),
        );
        return getCampaign(db, copyId);
      }),
  };
}
