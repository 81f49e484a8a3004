import { campaignFileFormat, type CampaignFile } from '../../shared/campaigns/campaignFile';
import { fail, type Failure } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { freezeTemplateVersions, importTemplateVersion, templateVersion } from '../templates';
import type { ReadableDB, WritableDB } from '../vault';
import { getCampaign, insertCampaign, setCampaignStatus } from './campaignStore';
import { contestTemplateVersions, listContests, replaceContests } from './contestStore';
import { getDraw, insertDraw } from './drawStore';
import { insertUnits, listUnits } from './unitStore';
import { listUnitTypes } from './unitTypeStore';

/** A campaign's whole setup, ids kept, as `campaign export` writes it. */
export function campaignFileOf(db: ReadableDB, campaignId: string): CampaignFile {
  const { schedule, ...campaign } = getCampaign(db, campaignId);
  const contests = listContests(db, campaignId);
  const versionIds = [...new Set([...schedule, ...contests].map((entry) => entry.templateVersionId))];
  const draw = getDraw(db, campaignId);
  return {
    format: campaignFileFormat,
    version: 1,
    campaign: {
      id: campaign.id,
      name: campaign.name,
      planNumber: campaign.planNumber,
      planDate: campaign.planDate,
      issuingBody: campaign.issuingBody,
      locality: campaign.locality,
      year: campaign.year,
      percentageBase: campaign.percentageBase,
      keyingsRequired: campaign.keyingsRequired,
      flagThresholdPercent: campaign.flagThresholdPercent,
      textFloor: campaign.textFloor,
      auditSampleSize: campaign.auditSampleSize,
      auditWarningPerThousand: campaign.auditWarningPerThousand,
      refuseWhileOnline: campaign.refuseWhileOnline,
    },
    schedule,
    templates: versionIds.map((versionId) => {
      const version = templateVersion(db, versionId);
      return {
        templateId: version.templateId,
        name: version.name,
        versionId,
        version: version.version,
        content: version.content,
      };
    }),
    units: listUnits(db, campaignId).map((unit) => ({
      ...unit,
      subjects: unit.subjects.map((subject) => ({ ...subject })),
    })),
    draw: draw ? { record: draw.record, meeting: draw.meeting, heldAt: draw.heldAt, excluded: draw.excluded } : null,
    contests: contests.map(({ id, subjectId, templateVersionId }) => ({ id, subjectId, templateVersionId })),
  };
}

type FileRefusal = Failure<'CAMPAIGN_EXISTS' | 'CAMPAIGN_FILE_INVALID'>;

const invalid = (reason: ReturnType<typeof message>) => fail('CAMPAIGN_FILE_INVALID', { reason });

/** What the file names must be there: its unit types in this vault, its templates and people in the file. */
function problemOf(db: ReadableDB, file: CampaignFile): FileRefusal | null {
  if (db.prepare('SELECT 1 FROM campaigns WHERE id = ?').get(file.campaign.id))
    return fail('CAMPAIGN_EXISTS', { name: file.campaign.name });
  const unitTypes = new Set(listUnitTypes(db).map((type) => type.code));
  const unknownType = [...file.schedule, ...file.units].find((entry) => !unitTypes.has(entry.unitType));
  if (unknownType) return invalid(message('core.campaignFile.unknownUnitType', { unitType: unknownType.unitType }));
  const versions = new Set(file.templates.map((template) => template.versionId));
  const missingVersion = [...file.schedule, ...file.contests].find((entry) => !versions.has(entry.templateVersionId));
  if (missingVersion)
    return invalid(message('core.campaignFile.missingTemplate', { id: missingVersion.templateVersionId }));
  const subjects = new Set(file.units.flatMap((unit) => unit.subjects.map((subject) => subject.id)));
  const strayContest = file.contests.find((contest) => !subjects.has(contest.subjectId));
  if (strayContest) return invalid(message('core.campaignFile.unknownSubject', { id: strayContest.subjectId }));
  return null;
}

/**
 * Builds the campaign of a file in this vault, as a draft, under the file's own ids: templates
 * it lacks are added, and one it has must be the very same version. All or nothing.
 */
export function importCampaignFile(db: WritableDB, file: CampaignFile, now: string): string | FileRefusal {
  const problem = problemOf(db, file);
  if (problem) return problem;
  for (const template of file.templates)
    if (importTemplateVersion(db, template, now) === 'different')
      return invalid(message('core.campaignFile.templateDiffers', { name: template.name, version: template.version }));
  const campaignId = insertCampaign(db, { ...file.campaign, schedule: file.schedule }, now, null, file.campaign.id);
  insertUnits(db, campaignId, file.units);
  if (file.draw)
    insertDraw(db, campaignId, file.draw.record, file.draw.meeting, file.draw.heldAt, file.draw.excluded ?? null);
  replaceContests(db, campaignId, file.contests);
  return campaignId;
}

/**
 * A campaign whose setup another vault froze (a desk's kit): built from the file, its templates
 * frozen and the campaign open for counting at once — nothing of its setup is changed here.
 */
export function importFrozenCampaign(db: WritableDB, file: CampaignFile, now: string): string | FileRefusal {
  const campaignId = importCampaignFile(db, file, now);
  if (typeof campaignId !== 'string') return campaignId;
  freezeTemplateVersions(db, contestTemplateVersions(db, campaignId), now);
  setCampaignStatus(db, campaignId, 'open');
  return campaignId;
}
