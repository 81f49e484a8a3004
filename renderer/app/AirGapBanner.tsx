import { useEffect, useState } from 'react';
import { airGapSeen, type AirGapStatus } from '../../shared/app/airGap';
import { useApi } from '../api/ApiContext';
import { useLanguage } from '../i18n/LanguageContext';

/** How often a window asks for the air-gap check's answer (the core checks every 30 s; asking is not activity). */
const airGapPollMs = 5000;

/** Only what the banner shows: a new check that saw the same leaves the page as it is. */
const shown = (status: AirGapStatus) => JSON.stringify([status.online, status.since, status.checks, status.simulated]);

/**
 * The red banner of every window (sign-in, the app, the kiosk) while the air-gap check finds the
 * machine could reach outside: what was seen, since when, and what to do. An alert, so a screen
 * reader says it when it appears.
 */
export function AirGapBanner() {
  const api = useApi();
  const { t, pick, when } = useLanguage();
  const [status, setStatus] = useState<AirGapStatus | null>(null);

  useEffect(() => {
    let live = true;
    const ask = () =>
      void api.call('app.airGap', {}).then((result) => {
        if (!live || !result.ok) return;
        setStatus((current) => (current && shown(current) === shown(result.value) ? current : result.value));
      });
    ask();
    const timer = window.setInterval(ask, airGapPollMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [api]);

  if (!status?.online) return null;
  return (
    <div className="air-gap-banner" role="alert">
      <p className="air-gap-title">{t('airGap.banner')}</p>
      <p>{t('airGap.bannerSeen', { seen: pick(airGapSeen(status.checks)), since: when(status.since) })}</p>
      <p>{t('airGap.bannerAdvice')}</p>
      {status.simulated ? <p>{t('airGap.simulated')}</p> : null}
    </div>
  );
}
