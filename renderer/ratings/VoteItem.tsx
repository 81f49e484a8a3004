import { useEffect, useRef } from 'react';
import type { RatingVote } from '../../shared/ratings/ratingSchemas';
import { deskPlaces } from '../counting/deskPlaces';
import { dateText } from '../forms/dayMonthYear';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { VoteTally } from './VoteTally';

/**
 * One vote of the round: its organisation and poll date, the subjects in the order of the ballot's
 * rows, where it stands (keyed at the counting desk, or counted), the way to its unit at the desk,
 * the tally once counted and its minutes. The chosen one (just made, or linked to) takes the focus.
 */
export function VoteItem({ vote, chosen }: { vote: RatingVote; chosen: boolean }) {
  const { t } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (chosen) heading.current?.focus();
  }, [chosen]);
  const headingId = `vote-${vote.id}-heading`;
  return (
    <article
      className={chosen ? 'vote-item chosen' : 'vote-item'}
      aria-labelledby={headingId}
      data-vote={vote.id}
      data-counted={vote.counted}
      data-focus-home
      tabIndex={-1}
    >
      <h4 id={headingId} ref={heading} tabIndex={-1}>
        {t('vote.heading', { organisation: vote.organisationName, date: dateText(vote.pollDate) })}
      </h4>
      <p className={vote.counted ? 'vote-state counted' : 'vote-state'}>
        {vote.counted ? t('vote.counted') : t('vote.keying')}
      </p>
      <p>
        <a href={deskPlaces(vote.campaignId).unit(vote.unitId)}>{t('vote.openDesk')}</a>{' '}
        <span className="note">{t('vote.campaign', { campaign: vote.campaignName })}</span>
      </p>
      <p className="vote-subjects-intro">{t('vote.subjects', { count: vote.subjects.length })}</p>
      <ol className="vote-subjects">
        {vote.subjects.map((subject) => (
          <li key={subject.subjectId}>{subject.name}</li>
        ))}
      </ol>
      <VoteTally vote={vote} />
      <PrintPanel document={{ kind: 'ratingVoteMinutes', voteId: vote.id }} label={t('vote.printMinutes')} />
    </article>
  );
}
