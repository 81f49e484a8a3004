import type { AppContract } from '../../shared/contract';
import {
  campaignStatusLabels,
  nextStatus,
  type Campaign,
  type CampaignFields,
} from '../../shared/campaigns/campaignSchemas';
import { addYears } from '../../shared/campaigns/calendar';
import { AppError } from '../../shared/errors';
import { getCampaign, insertCampaign, listCampaigns, setCampaignStatus, updateCampaign } from './campaignStore';
import { contestTemplateVersions } from './contestStore';
import { freezeTemplateVersions } from '../templates/templateStore';
import { listUnitTypes } from './unitTypeStore';
import { insertUnits, listUnits } from './unitStore';
import type { Handlers } from '../core/dispatcher';
import type { VaultDatabase } from '../vault/database/openDatabase';
import type { Vault } from '../vault/vault';
import { signedInUser } from '../base/signedInUser';

type CampaignHandlers = Pick<
  Handlers<AppContract>,
  | 'campaigns.list'
  | 'campaigns.get'
  | 'campaigns.create'
  | 'campaigns.update'
  | 'campaigns.advance'
  | 'campaigns.copyToNextYear'
  | 'campaigns.unitTypes'
>;

/** Setup may change only while the campaign is being prepared. */
export function requireDraft(campaign: Campaign): void {
  if (campaign.status !== 'draft')
    throw new AppError('CAMPAIGN_LOCKED', { status: campaignStatusLabels[campaign.status] });
}

function checkSchedule(db: VaultDatabase, fields: CampaignFields): void {
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

export function createCampaignService(vault: Vault): CampaignHandlers {
  const now = () => new Date().toISOString();
  return {
    'campaigns.list': () => vault.read(listCampaigns),
    'campaigns.get': ({ campaignId }) => vault.read((db) => getCampaign(db, campaignId)),
    'campaigns.unitTypes': () => vault.read(listUnitTypes),

    'campaigns.create': (fields, context) =>
      vault.write(
        signedInUser(context),
        'campaign.created',
        { name: fields.name, planNumber: fields.planNumber, year: fields.year },
        (db) => {
          checkSchedule(db, fields);
          return getCampaign(db, insertCampaign(db, fields, now()));
        },
      ),

    'campaigns.update': ({ campaignId, ...fields }, context) =>
      vault.write(signedInUser(context), 'campaign.updated', { campaignId, name: fields.name }, (db) => {
        requireDraft(getCampaign(db, campaignId));
        checkSchedule(db, fields);
        updateCampaign(db, campaignId, fields);
        return getCampaign(db, campaignId);
      }),

    'campaigns.advance': ({ campaignId, to }, context) =>
      vault.write(signedInUser(context), 'campaign.advanced', { campaignId, to }, (db) => {
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
      vault.write(signedInUser(context), 'campaign.copied', { from: campaignId, name }, (db) => {
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
