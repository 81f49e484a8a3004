import { useEffect, useRef, useState } from 'react';
import { ratingLevelIds, ratingLevels } from '../../shared/ratings/ratingLevels';
import type { RatingVote } from '../../shared/ratings/ratingSchemas';
import { scoreFloor } from '../../shared/results/privacyFloors';
import { shareText } from '../../shared/results/shareText';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';
import { underFloor, unanimousRowNumbers, voteTallyRows, type CountShare } from './voteTally';

/**
 * A counted vote: the ballots issued, returned, valid and invalid, and per subject the ballots and
 * share of the valid for each level and for "blank or several marks". Under 5 valid ballots the
 * figures stay behind the warning the results screens and the minutes give (SPEC §3) until asked
 * for; a row every valid ballot marked alike is named, since each voter's mark there is known.
 */
export function VoteTally({ vote }: { vote: RatingVote }) {
  const { t, pick, language } = useLanguage();
  const [shown, setShown] = useState(false);
  const warning = useRef<HTMLParagraphElement>(null);
  // Once asked for, the focus goes to the warning above the figures, not back to the page's top.
  useEffect(() => {
    if (shown) warning.current?.focus();
  }, [shown]);
  if (!vote.counted || !vote.ballots) return null;
  const { issued, returned, valid, invalid } = vote.ballots;
  const few = underFloor(vote);
  const unanimous = unanimousRowNumbers(vote);
  const cell = ({ count, share }: CountShare) =>
    share === null
      ? t('vote.countOnly', { count })
      : t('vote.countShare', { count, share: shareText(share, language) });

  return (
    <div className="vote-tally">
      <p>{t('vote.ballots', { issued, returned, valid, invalid })}</p>
      {few ? (
        <p className="notice broken" role="note" ref={warning} tabIndex={-1}>
          {t('vote.fewWarning', { valid, floor: scoreFloor })}
        </p>
      ) : null}
      {few && !shown ? (
        <p>
          <button type="button" onClick={() => setShown(true)}>
            {t('results.showAnyway')}
          </button>
        </p>
      ) : (
        <>
          {unanimous.length > 0 ? (
            <p className="notice broken" role="note">
              {t('vote.unanimous', { rows: unanimous.join(', ') })}
            </p>
          ) : null}
          <DataTable
            className="vote-tally-table"
            caption={t('vote.tallyCaption')}
            labels={[
              t('vote.subject'),
              ...ratingLevelIds.map((level) => pick(ratingLevels[level].shortLabel)),
              t('vote.unmarked'),
            ]}
          >
            {voteTallyRows(vote).map((row) => (
              <tr key={row.subjectId} data-subject={row.subjectId}>
                <th scope="row">
                  {row.number}. {row.name}
                </th>
                {row.levels.map((level, index) => (
                  <td key={ratingLevelIds[index]} data-level={ratingLevelIds[index]}>
                    {cell(level)}
                  </td>
                ))}
                <td>
                  {cell(row.unmarked)}
                  {row.unmarked.count > 0 ? (
                    <div className="note">
                      {t('vote.unmarkedDetail', { blank: row.unmarked.blank, multi: row.unmarked.multi })}
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </DataTable>
          <p className="note">{t('vote.shareNote', { valid })}</p>
        </>
      )}
    </div>
  );
}
