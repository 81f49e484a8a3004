import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../shared/app/appSchemas';
import type { SessionStatus, SessionUser } from '../shared/session/sessionSchemas';
import { defaultLanguage } from '../shared/i18n/language';
import type { ErrorPayload } from '../shared/errors';
import { FirstRunWizard } from './vault/FirstRunWizard';
import { SignInScreen } from './session/SignInScreen';
import { AdministrationArea } from './app/AdministrationArea';
import { ArchiveArea } from './backup/ArchiveArea';
import { useApi } from './api/ApiContext';
import { CampaignsArea } from './campaigns/CampaignsArea';
import { CountingArea } from './counting/CountingArea';
import { AirGapBanner } from './app/AirGapBanner';
import { AppFrame } from './app/AppFrame';
import { areas, type AreaProps } from './app/areas';
import { useRoute } from './app/useRoute';
import { LanguageProvider } from './i18n/LanguageContext';
import { messages } from './i18n/messages';
import { ErrorNotice } from './forms/ErrorNotice';
import { OverviewScreen } from './app/OverviewScreen';
import { ResultsArea } from './results/ResultsArea';
import { RatingsArea } from './ratings/RatingsArea';
import { PlansArea } from './plans/PlansArea';
import { SessionProvider, useSession } from './session/SessionContext';
import { KioskScreen } from './kiosk/KioskScreen';
import { useKioskLock } from './kiosk/useKioskLock';

type Startup =
  | { status: 'loading' }
  | { status: 'ready'; info: AppInfo; session: SessionStatus }
  | { status: 'failed'; error: ErrorPayload };

/** The voting kiosk holds the whole window, without the frame, until the head's password lets it go. */
function SignedInApp({ info, user }: { info: AppInfo; user: SessionUser }) {
  const kiosk = useKioskLock();
  if (kiosk.route) return <KioskScreen route={kiosk.route} user={user} onLeave={kiosk.leave} />;
  return <FramedApp info={info} user={user} />;
}

function FramedApp({ info, user }: { info: AppInfo; user: SessionUser }) {
  const route = useRoute();
  const { status } = useSession();
  const area = areas.find((candidate) => candidate.id === route.area) ?? areas[0];
  const areaProps: AreaProps = { user, section: route.section, rest: route.rest };
  let screen;
  if (area.id === 'administration') screen = <AdministrationArea {...areaProps} />;
  else if (area.id === 'counting') screen = <CountingArea {...areaProps} />;
  else if (area.id === 'campaigns') screen = <CampaignsArea {...areaProps} />;
  else if (area.id === 'results') screen = <ResultsArea {...areaProps} />;
  else if (area.id === 'ratings') screen = <RatingsArea {...areaProps} />;
  else if (area.id === 'plans') screen = <PlansArea {...areaProps} />;
  else if (area.id === 'archive') screen = <ArchiveArea user={user} />;
  else screen = <OverviewScreen info={{ ...info, vaultState: status.vaultState }} vaultName={status.vaultName} />;
  return (
    <AppFrame current={area.id} user={user}>
      {screen}
    </AppFrame>
  );
}

/** Which screen the session calls for: first-run wizard, sign-in or lock screen, or the application. */
function Gate({ info }: { info: AppInfo }) {
  const { status, refresh } = useSession();
  const onAccess = useCallback(() => void refresh(), [refresh]);
  if (status.user) return <SignedInApp info={info} user={status.user} />;
  if (status.vaultState === 'absent') return <FirstRunWizard onDone={onAccess} />;
  // A new key per lock, so the form starts empty each time.
  return <SignInScreen key={`${status.lockedBecauseIdle}-${status.lastLogin}`} status={status} onSignedIn={onAccess} />;
}

export function App() {
  const api = useApi();
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void Promise.all([api.call('app.info', {}), api.call('session.status', {})]).then(([info, session]) => {
      if (!live) return;
      if (!info.ok) setStartup({ status: 'failed', error: info.error });
      else if (!session.ok) setStartup({ status: 'failed', error: session.error });
      else setStartup({ status: 'ready', info: info.value, session: session.value });
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (startup.status === 'loading') return <p className="startup">{messages[defaultLanguage]['overview.loading']}</p>;
  if (startup.status === 'failed') {
    return (
      <LanguageProvider initial={defaultLanguage}>
        <ErrorNotice error={startup.error} />
      </LanguageProvider>
    );
  }
  return (
    <LanguageProvider initial={startup.info.language}>
      <AirGapBanner />
      <SessionProvider initial={startup.session}>
        <Gate info={startup.info} />
      </SessionProvider>
    </LanguageProvider>
  );
}
