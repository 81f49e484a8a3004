import { useCallback, useEffect, useRef, useState } from 'react';
import { totalProgress, unitProgress, type DeskUnit } from '../../shared/counting/deskProgress';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { deskPlaces } from './deskPlaces';
import { deskStateLabels } from './DeskOverview';

/** A projector in the counting room reads the board again this often. */
const refreshMilliseconds = 5_000;

/**
 * The progress board for a projector: read-only, big numbers for the district and per unit
 * (ballots keyed and verified, contests reconciled and sealed), read again every few seconds.
 */
export function ProgressBoard({ campaignId }: { campaignId: string }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.desk', { campaignId }), [session, campaignId]);
  const desk = useLoaded<DeskUnit[]>(load, []);
  const loadCampaign = useCallback(() => session.call('campaigns.get', { campaignId }), [session, campaignId]);
  const campaign = useLoaded<{ name: string } | null>(loadCampaign, null);
  const [readAt, setReadAt] = useState(() => new Date());
  const board = useRef<HTMLElement>(null);

  const { reload } = desk;
  useEffect(() => {
    const timer = window.setInterval(() => {
      reload();
      setReadAt(new Date());
    }, refreshMilliseconds);
    return () => window.clearInterval(timer);
  }, [reload]);

  const units = desk.value.map((unit) => ({ unit, progress: unitProgress(unit) }));
  const total = totalProgress(units.map((row) => row.progress));
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB');
  const time = readAt.toLocaleTimeString(language === 'vi' ? 'vi-VN' : 'en-GB');

  return (
    <section ref={board} className="progress-board" aria-labelledby="board-heading">
      <p className="desk-links">
        <a href={deskPlaces(campaignId).overview}>← {t('counting.overview')}</a>{' '}
        <button type="button" className="secondary" onClick={() => void board.current?.requestFullscreen()}>
          {t('board.fullScreen')}
        </button>
      </p>
      <h2 id="board-heading">
        {t('board.heading')}
        {campaign.value ? ` — ${campaign.value.name}` : ''}
      </h2>
      <ErrorNotice error={desk.error} />
      <p className="note" aria-live="polite">
        {t('board.readAt', { time })}
      </p>
      <dl className="board-totals" data-testid="board-totals">
        <BigNumber label={t('board.conferences')} value={`${total.conferences}/${total.units}`} />
        <BigNumber label={t('board.keyed')} value={`${number.format(total.keyed)}/${number.format(total.returned)}`} />
        <BigNumber label={t('board.verified')} value={number.format(total.verified)} />
        <BigNumber label={t('board.reconciled')} value={`${total.reconciled}/${total.contests}`} />
        <BigNumber label={t('board.sealed')} value={`${total.sealed}/${total.contests}`} />
      </dl>
      <ul className="board-units">
        {units.map(({ unit, progress }) => (
          <li key={unit.unitId} className={`board-unit state-${progress.state}`} data-unit={unit.unitName}>
            <h3>{unit.unitName}</h3>
            <p className="board-state">{t(deskStateLabels[progress.state])}</p>
            <dl>
              <BigNumber label={t('board.unit.keyed')} value={`${progress.keyed}/${progress.returned}`} />
              <BigNumber label={t('board.unit.verified')} value={String(progress.verified)} />
              <BigNumber label={t('board.unit.reconciled')} value={`${progress.reconciled}/${progress.contests}`} />
              <BigNumber label={t('board.unit.sealed')} value={`${progress.sealed}/${progress.contests}`} />
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function BigNumber({ label, value }: { label: string; value: string }) {
  return (
    <div className="big-number">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
