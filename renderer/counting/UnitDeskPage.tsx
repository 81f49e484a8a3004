import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { DeskContest, DeskUnit } from '../../shared/counting/deskProgress';
import { formatVietnameseDate } from '../../shared/campaigns/calendar';
import { useLoaded } from '../forms/useLoaded';
import { useFocusKept, useReturnFocus } from '../forms/focusKeeping';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { BatchList } from './BatchList';
import { ConferenceForm } from './ConferenceForm';
import { CountsForm } from './CountsForm';
import { LinesImport } from './LinesImport';
import { ReconciliationPanel } from './ReconciliationPanel';
import { SurveyImport } from './SurveyImport';
import { deskPlaces } from './deskPlaces';
import { KioskPanel } from '../kiosk/KioskPanel';

export interface ContestDeskProps {
  readonly contest: DeskContest;
  readonly campaignId: string;
  readonly isHead: boolean;
  readonly reload: () => void;
}

/** A button that opens a form in its place; once the form says it saved, it closes and the focus is back on the button. */
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
  const { opener, returnFocus } = useReturnFocus<HTMLButtonElement>();
  const saved = () => {
    setEditing(false);
    returnFocus();
    onSaved();
  };
  return editing ? (
    <>{form(saved)}</>
  ) : (
    <button ref={opener} type="button" className="secondary" onClick={() => setEditing(true)}>
      {label}
    </button>
  );
}

/** One unit's page at the counting desk: its conference, and per contest its counts, batches and reconciliation. */
export function UnitDeskPage({ campaignId, unitId, user }: { campaignId: string; unitId: string; user: SessionUser }) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.desk', { campaignId, unitId }), [session, campaignId, unitId]);
  const desk = useLoaded<DeskUnit[]>(load, []);
  const isHead = mayCall(contract['counting.saveCounts'].access, user.role);
  const page = useRef<HTMLDivElement>(null);
  useFocusKept(page);
  const unit = desk.value[0];

  return (
    <div ref={page}>
      <nav className="desk-path" aria-label={t('counting.deskPath')}>
        <a href={deskPlaces(campaignId).overview}>← {t('counting.overview')}</a>
      </nav>
      <ErrorNotice error={desk.error} />
      {unit ? <UnitDesk unit={unit} campaignId={campaignId} isHead={isHead} reload={desk.reload} /> : null}
    </div>
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
  // Arriving from the overview's search, the keyboard starts at the unit's name: Tab reaches its first step.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="desk-unit" aria-labelledby={`unit-${unit.unitId}`} data-unit={unit.unitName}>
      <h2 id={`unit-${unit.unitId}`} ref={heading} tabIndex={-1}>
        {unit.unitName}
      </h2>
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
      {isHead ? <KioskPanel campaignId={campaignId} unitId={unit.unitId} onClosed={reload} /> : null}
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
      data-focus-home
      tabIndex={-1}
    >
      <h3 id={`contest-${contest.contestId}`}>
        {contest.subjectName} <span className="note">({contest.positions.join('; ')})</span>{' '}
        <span className={contest.closed || contest.reconciled ? 'badge ok' : 'badge'}>
          {contest.sealed
            ? t('counting.sealed')
            : contest.closed
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
      {isHead && !contest.closed ? (
        <>
          <LinesImport contestId={contest.contestId} onImported={reload} />
          <SurveyImport contestId={contest.contestId} onImported={reload} />
        </>
      ) : null}
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
