import { documentWithoutCharts, type DocumentSource, type PreparedDocument } from '../print';
import { AppError, Failure } from '../../shared/errors';
import { message } from '../../shared/i18n/messages';
import { receivedCampaignWithYear } from './receivedResults';
import { contestComments } from './contestComments';
import { contestSources } from './contestSources';
import { underScoreFloor } from '../../shared/results/privacyFloors';
import { criteriaChart, districtOverviewChart, prestigeChart } from '../../shared/results/chartConfigs';
import type { CampaignResults, ContestTally, SealRecord } from '../../shared/results/resultSchemas';
import { fileNamePart } from '../../shared/text/fileNames';
import { getCampaign, listContests, unitHeading, listUnitTypes } from '../campaigns';
import { contestKeyingAudit, getConference, getCounts } from '../counting';
import { countingMinutesHtml, type ContestMinutes } from './documents/countingMinutes';
import { districtSummaryHtml } from './documents/districtSummary';
import { handOverMinutesHtml } from './documents/handOverMinutes';
import { resultReportHtml } from './documents/resultReport';
import { campaignHeading, committeeOf, type CampaignHeading } from './documents/resultParts';
import { campaignResults } from './campaignResults';
import { tallyContest } from './contestTally';
import { sealedResult } from './sealedTally';
import { signatureOf } from './sealStore';
import { certificateFingerprintHex } from '../signing';
import { X509Certificate } from 'node:crypto';
import { storedVaultName, type ReadableDB } from '../vault';

/**
 * A sealed contest prints the tally that was sealed (the digest is of exactly that); one not
 * sealed prints the tally as it stands, as a draft.
 */
function contestResult(
  db: ReadableDB,
  contestId: string,
): { tally: ContestTally; seal: SealRecord | null; signerFingerprint: string | null } {
  const sealed = sealedResult(db, contestId);
  if (!sealed) return { tally: tallyContest(db, contestId), seal: null, signerFingerprint: null };
  const signed = signatureOf(db, sealed.seal.id);
  const signerFingerprint = signed ? certificateFingerprintHex(new X509Certificate(signed.certificatePem)) : null;
  return { ...sealed, signerFingerprint };
}

function unitContests(db: ReadableDB, unitId: string) {
  const unit = unitHeading(db, unitId);
  const campaign = getCampaign(db, unit.campaignId);
  const contests: ContestMinutes[] = listContests(db, unit.campaignId)
    .filter((contest) => contest.unitId === unitId)
    .map((contest) => ({
      ...contestResult(db, contest.id),
      counts: getCounts(db, contest.id),
      sources: contestSources(db, contest.id),
      keyingAudit: contestKeyingAudit(db, contest.id),
    }));
  const conference = getConference(db, unitId);
  return { unit, campaign, contests, conference };
}

/** The two minutes of a conference: every contest of the unit, dated the day it was held. */
function conferenceMinutes<Kind extends 'countingMinutes' | 'handOverMinutes'>(
  render: typeof countingMinutesHtml | typeof handOverMinutesHtml,
  title: string,
  filePrefix: string,
): DocumentSource<Kind> {
  return (db, document, today) => {
    const { unitId } = document as { readonly unitId: string };
    const { unit, campaign, contests, conference } = unitContests(db, unitId);
    const date = conference?.heldOn ?? today;
    return documentWithoutCharts(
      `${title} — ${unit.name}`,
      `${filePrefix}-${fileNamePart(unit.name, 'van-ban')}.pdf`,
      render({ campaign: campaignHeading(campaign), unitName: unit.name, conference, contests, date }),
    );
  };
}

export const countingMinutesSource = conferenceMinutes<'countingMinutes'>(
  countingMinutesHtml,
  'Biên bản kiểm phiếu',
  'bien-ban-kiem-phieu',
);
export const handOverMinutesSource = conferenceMinutes<'handOverMinutes'>(
  handOverMinutesHtml,
  'Biên bản bàn giao',
  'bien-ban-ban-giao',
);

export const resultReportSource: DocumentSource<'resultReport'> = (db, { contestId }, today) => {
  const { tally, seal, signerFingerprint } = contestResult(db, contestId);
  const campaign = getCampaign(db, tally.campaignId);
  const committee = committeeOf(getConference(db, tally.unitId));
  const prestige = prestigeChart(tally);
  const charts = [criteriaChart(tally), ...(prestige ? [prestige] : [])];
  return {
    title: `Báo cáo kết quả — ${tally.subjectName}, ${tally.unitName}`,
    fileName: `bao-cao-ket-qua-${fileNamePart(`${tally.unitName} ${tally.subjectName}`, 'van-ban')}.pdf`,
    charts,
    html: (images) =>
      resultReportHtml({
        campaign: campaignHeading(campaign),
        tally,
        sources: contestSources(db, contestId),
        seal,
        signerFingerprint,
        fewBallots: underScoreFloor(tally),
        committee,
        comments: contestComments(db, contestId, tally),
        charts: { criteria: images[0] ?? null, prestige: prestige ? (images[1] ?? null) : null },
        date: today,
      }),
  };
};

/** Báo cáo tổng hợp: unit types by name, the overview chart, headed by the body that compiles it. */
function summaryDocument(
  db: ReadableDB,
  campaign: CampaignHeading,
  raw: CampaignResults,
  fileName: string,
  today: string,
): PreparedDocument {
  // Unit types by name, as documents write them ("Trường THCS"), whatever the aggregate's key.
  const typeNames = new Map(listUnitTypes(db).map((type) => [type.code, type.name]));
  const results = {
    ...raw,
    byUnitType: raw.byUnitType.map((row) => ({
      ...row,
      label: typeNames.get(row.key) ?? typeNames.get(row.label) ?? row.label,
    })),
  };
  const charts = results.contests.length > 0 ? [districtOverviewChart(results)] : [];
  return {
    title: `Báo cáo tổng hợp — ${campaign.name}`,
    fileName,
    charts,
    html: (images) => districtSummaryHtml({ campaign, results, chart: images[0] ?? null, date: today }),
  };
}

export const districtSummarySource: DocumentSource<'districtSummary'> = (db, { campaignId }, today) => {
  const campaign = getCampaign(db, campaignId);
  return summaryDocument(
    db,
    campaignHeading(campaign),
    campaignResults(db, campaignId),
    `bao-cao-tong-hop-${campaign.year}.pdf`,
    today,
  );
};

/**
 * The district's summary over the sealed results it received: compiled by this vault's own body
 * (its name heads it), with no plan of its own to cite beyond the campaign's name.
 */
export const receivedSummarySource: DocumentSource<'receivedSummary'> = (db, { campaignId }, today) => {
  const found = receivedCampaignWithYear(db, campaignId);
  if (found instanceof Failure) throw new AppError('NOT_FOUND', { what: message('core.receivedCampaign') });
  const { campaign: received, year } = found;
  const campaign = {
    name: received.results.campaignName,
    planNumber: '',
    planDate: '',
    issuingBody: storedVaultName(db),
    locality: '',
  };
  return summaryDocument(db, campaign, received.results, `bao-cao-tong-hop-da-nhan-${year}.pdf`, today);
};
