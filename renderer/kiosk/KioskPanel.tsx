import { useCallback, useState, type FormEvent } from 'react';
import type { KioskStatus } from '../../shared/kiosk/kioskSchemas';
import { maxCodesPerIssue } from '../../shared/kiosk/kioskSchemas';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { IssuedCodes } from './IssuedCodes';
import { openKiosk } from './kioskRoute';
import { LanPanel } from './LanPanel';
import './kiosk.css';

/**
 * "Bỏ phiếu điện tử" on a unit's desk page, for the head: the kiosk's figures, making codes
 * (shown once, to print on slips), opening the kiosk screen, letting the hall's phones vote over
 * its local network, and closing the kiosk for good.
 */
export function KioskPanel({
  campaignId,
  unitId,
  onClosed,
}: {
  campaignId: string;
  unitId: string;
  onClosed: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('kiosk.status', { unitId }), [session, unitId]);
  const status = useLoaded<KioskStatus | null>(load, null);
  const issuing = useSubmission();
  const closing = useSubmission();
  const [count, setCount] = useState('');
  const [issued, setIssued] = useState<{ sheet: number; codes: string[] } | null>(null);
  const kiosk = status.value;

  const issue = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await issuing.submit(() => session.call('kiosk.issueCodes', { unitId, count: Number(count) }));
    if (!result.ok) return;
    setCount('');
    setIssued(result.value);
  };

  const close = async () => {
    const result = await closing.submit(() => session.call('kiosk.close', { unitId }));
    if (result.ok) {
      setIssued(null);
      onClosed();
    }
  };

  return (
    <section className="kiosk-panel" aria-labelledby={`kiosk-panel-${unitId}`} data-focus-home tabIndex={-1}>
      <h3 id={`kiosk-panel-${unitId}`}>
        {t('kiosk.panelHeading')}{' '}
        {kiosk ? (
          <span className={kiosk.closed ? 'badge ok' : 'badge'}>
            {kiosk.closed ? t('kiosk.closedBadge') : t('kiosk.openBadge')}
          </span>
        ) : null}
      </h3>
      <p className="note">{t('kiosk.panelIntro')}</p>
      <ErrorNotice error={status.error} />
      {kiosk ? (
        <p data-testid="kiosk-status">
          {t('kiosk.status', { issued: kiosk.issued, used: kiosk.used, sheets: kiosk.sheets.length })}
        </p>
      ) : null}
      {kiosk?.closed ? <p className="note">{t('kiosk.closedNote')}</p> : null}
      {kiosk && !kiosk.closed ? (
        <>
          <form className="kiosk-issue" onSubmit={(event) => void issue(event)}>
            <Field
              label={t('kiosk.count')}
              hint={t('kiosk.countHint', { max: maxCodesPerIssue })}
              type="number"
              inputMode="numeric"
              min={1}
              max={maxCodesPerIssue}
              required
              narrow
              value={count}
              onChange={(event) => setCount(event.target.value)}
            />
            <FormActions>
              <button type="submit" disabled={issuing.pending}>
                {t('kiosk.issue')}
              </button>
            </FormActions>
            <ErrorNotice error={issuing.error} />
          </form>
          {issued ? (
            <IssuedCodes unitId={unitId} sheet={issued.sheet} codes={issued.codes} onHide={() => setIssued(null)} />
          ) : null}
          <FormActions>
            <button type="button" onClick={() => openKiosk({ campaignId, unitId })}>
              {t('kiosk.openKiosk')}
            </button>
            <ConfirmAction
              className="secondary"
              label={t('kiosk.closeKiosk')}
              question={t('kiosk.closeQuestion', { unit: kiosk.unitName, used: kiosk.used })}
              confirmLabel={t('kiosk.closeConfirm')}
              disabled={closing.pending}
              onConfirm={close}
            />
          </FormActions>
          <ErrorNotice error={closing.error} />
        </>
      ) : null}
      {kiosk ? <LanPanel unitId={unitId} unitName={kiosk.unitName} kioskClosed={kiosk.closed} /> : null}
    </section>
  );
}
