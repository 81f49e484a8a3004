import { documentWithoutCharts, type DocumentSource } from '../print';
import { fileNamePart } from '../../shared/text/fileNames';
import { getCampaign } from '../campaigns';
import { getConference } from '../counting';
import { campaignHeading, committeeOf, sealedVersion } from '../results';
import type { ReadableDB } from '../vault';
import type { ResultVersion } from './correctionMinutes';
import { correctionMinutesHtml } from './correctionMinutes';
import { getCorrection } from './correctionStore';
import { correctionView } from './correctionView';

function version(db: ReadableDB, sealId: string): ResultVersion {
  const { seal, tally } = sealedVersion(db, sealId);
  return { sequence: seal.sequence, digest: seal.digest, sealedAt: seal.sealedAt, tally };
}

/** Biên bản điều chỉnh: pre-filled from the correction, the record it started from and its amendment. */
export const correctionMinutesSource: DocumentSource<'correctionMinutes'> = (db, { correctionId }, today) => {
  const correction = correctionView(db, getCorrection(db, correctionId));
  const before = version(db, correction.sealed.id);
  const after = correction.amendment ? version(db, correction.amendment.id) : null;
  const { tally } = before;
  return documentWithoutCharts(
    `Biên bản điều chỉnh số ${correction.number} — ${tally.subjectName}, ${tally.unitName}`,
    `bien-ban-dieu-chinh-${correction.number}-${fileNamePart(`${tally.unitName} ${tally.subjectName}`, 'van-ban')}.pdf`,
    correctionMinutesHtml({
      campaign: campaignHeading(getCampaign(db, tally.campaignId)),
      committee: committeeOf(getConference(db, tally.unitId)),
      correction,
      before,
      after,
      date: correction.concludedAt?.slice(0, 10) ?? today,
    }),
  );
};
