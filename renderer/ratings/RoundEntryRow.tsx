import { memo } from 'react';
import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import { ratedSubjectKindInfo } from '../../shared/ratings/ratingLevels';
import type { RatingEntry } from '../../shared/ratings/ratingSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import { LevelText } from './LevelText';
import { roundHref } from './roundRoutes';

/**
 * One entry of the round: its name (the link that opens its panel), kind, and its three levels.
 * Memoised: a keystroke in the filter re-renders only the rows that come or go, not hundreds.
 */
export const RoundEntryRow = memo(function RoundEntryRow({
  roundId,
  entry,
  chosen,
}: {
  roundId: string;
  entry: RatingEntry;
  chosen: boolean;
}) {
  const { t, pick } = useLanguage();
  const info = ratedSubjectKindInfo[entry.kind];
  const details = [pick(info.label), entry.position, entry.headOf ? t('round.head') : ''].filter(Boolean);
  return (
    <tr data-subject={entry.subjectId} data-group={info.group} className={chosen ? 'chosen' : undefined}>
      <th scope="row">
        <a
          id={`entry-link-${entry.subjectId}`}
          href={roundHref(roundId, 'entries', entry.subjectId)}
          aria-current={chosen ? 'true' : undefined}
        >
          {entry.name}
        </a>
        <div className="note">{details.join(' · ')}</div>
      </th>
      <td>
        <LevelText level={entry.selfLevel} />
      </td>
      <td>
        <LevelText level={entry.proposedLevel} />
      </td>
      <td data-decided={entry.decidedLevel ?? undefined}>
        {entry.decidedLevel ? (
          <>
            <strong>
              <LevelText level={entry.decidedLevel} />
            </strong>
            {entry.decisionNumber && entry.decisionDate ? (
              <div className="note">
                {t('round.decision', {
                  number: entry.decisionNumber,
                  date: formatVietnameseDate(entry.decisionDate),
                })}
              </div>
            ) : null}
          </>
        ) : (
          <span className="note">{t('round.notDecided')}</span>
        )}
      </td>
    </tr>
  );
});
