import { useCallback, useState, type ReactNode } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { z } from '../../shared/schema/z';
import type { countingCalls } from '../../shared/contract/countingCalls';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { BatchList } from './BatchList';
import { ConferenceForm } from './ConferenceForm';
import { CountsForm } from './CountsForm';
import { LinesImport } from './LinesImport';
import { OperatorStats } from './OperatorStats';
import { ReconciliationPanel } from './ReconciliationPanel';

export type DeskUnit = z.infer<(typeof countingCalls)['counting.desk']['output']>[number];
export type DeskContest = DeskUnit['contests'][number];

export interface ContestDeskProps {
  readonly contest: DeskContest;
  readonly campaignId: string;
  readonly isHead: boolean;
  readonly reload: () => void;
}

/** A button that opens a form in its place; once the form says it saved, it closes and `onSaved` runs. */
function OpenToEdit({
  label,
  onSaved,
  form,
}: {
  label: string;
  onSaved: () => void;
  form: (saved: () => void) => ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const saved = () => {
    setEditing(false);
    onSaved();
  };
  return editing ? (
    <>{form(saved)}</>
  ) : (
    <button type="button" className="secondary" onClick={() => setEditing(true)}>
      {label}
    </button>
  );
}

/** The counting desk of a campaign: per unit its conference, per contest counts, batches and reconciliation. */
export function CountingDesk({ campaignId, user }: { campaignId: string; user: SessionUser }) {
  const session = useSession();
  const load = useCallback(() => session.call('counting.desk', { campaignId }), [session, campaignId]);
  const desk = useLoaded<DeskUnit[]>(load, []);
  const isHead = mayCall(contract['counting.saveCounts'].access, user.role);
  const mayStats = mayCall(contract['counting.operatorStats'].access, user.role);

  return (
    <>
      <ErrorNotice error={desk.error} />
      {desk.value.map((unit) => (
        <UnitDesk key={unit.unitId} unit={unit} campaignId={campaignId} isHead={isHead} reload={desk.reload} />
      ))}
      {mayStats ? <OperatorStats campaignId={campaignId} /> : null}
    </>
  );
}

function UnitDesk({
  unit,
  campaignId,
  isHead,
  reload,
}: {
  unit: DeskUnit;
  campaignId: string;
  isHead: boolean;
  reload: () => void;
}) {
  const { t } = useLanguage();
  const conference = unit.conference;
  return (
    <section className="desk-unit" aria-labelledby={`unit-${unit.unitId}`} data-unit={unit.unitName}>
      <h2 id={`unit-${unit.unitId}`}>{unit.unitName}</h2>
      <p className="note">
        {conference
          ? `${t('counting.conference')}: ${formatVietnameseDate(conference.heldOn)}, ${conference.place} · ${t('counting.convened')} ${conference.convened} · ${t('counting.present')} ${conference.present}`
          : t('counting.conferenceMissing')}
      </p>
      {isHead ? (
        <OpenToEdit
          label={t('counting.recordConference')}
          onSaved={reload}
          form={(saved) => <ConferenceForm unitId={unit.unitId} conference={conference} onSaved={saved} />}
        />
      ) : null}
      {unit.contests.map((contest) => (
        <ContestDesk
          key={contest.contestId}
          contest={contest}
          campaignId={campaignId}
          isHead={isHead}
          reload={reload}
        />
      ))}
    </section>
  );
}

function ContestDesk({ contest, campaignId, isHead, reload }: ContestDeskProps) {
  const { t } = useLanguage();
  const counts = contest.counts;
  return (
    <article
      className="desk-contest"
      aria-labelledby={`contest-${contest.contestId}`}
      data-contest={contest.subjectName}
    >
      <h3 id={`contest-${contest.contestId}`}>
        {contest.subjectName} <span className="note">({contest.positions.join('; ')})</span>{' '}
        <span className={contest.closed || contest.reconciled ? 'badge ok' : 'badge'}>
          {contest.closed
            ? t('counting.closed')
            : contest.reconciled
              ? t('counting.reconciled')
              : t('counting.notReconciled')}
        </span>
      </h3>
      <p className="note" data-testid="contest-counts">
        {counts
          ? `${t('counting.issued')} ${counts.issued} · ${t('counting.returned')} ${counts.returned} · ${t('counting.notReturned')} ${counts.notReturned} · ${t('counting.valid')} ${counts.valid}`
          : t('counting.countsMissing')}
      </p>
      {isHead && !contest.closed ? (
        <OpenToEdit
          label={t('counting.recordCounts')}
          onSaved={reload}
          form={(saved) => <CountsForm contestId={contest.contestId} counts={counts} onSaved={saved} />}
        />
      ) : null}
      <BatchList contest={contest} campaignId={campaignId} isHead={isHead} reload={reload} />
      {isHead && !contest.closed ? <LinesImport contestId={contest.contestId} onImported={reload} /> : null}
      <ReconciliationPanel
        contestId={contest.contestId}
        subject={contest.subjectName}
        isHead={isHead}
        closed={contest.closed}
        onChanged={reload}
      />
    </article>
  );
}
