import { useEffect, useState } from 'react';
import type { AppInfo } from '../shared/contract/appCalls';
import { defaultLanguage } from '../shared/i18n/language';
import type { ErrorPayload } from '../shared/errors';
import { useApi } from './api/ApiContext';
import { AppFrame } from './frame/AppFrame';
import { areas } from './frame/areas';
import { useCurrentArea } from './frame/useCurrentArea';
import { LanguageProvider } from './i18n/LanguageContext';
import { messages } from './i18n/messages';
import { AreaScreen } from './screens/AreaScreen';
import { ErrorNotice } from './screens/ErrorNotice';
import { OverviewScreen } from './screens/OverviewScreen';

type Startup = { status: 'loading' } | { status: 'ready'; info: AppInfo } | { status: 'failed'; error: ErrorPayload };

function CurrentArea({ info }: { info: AppInfo }) {
  const current = useCurrentArea();
  const area = areas.find((candidate) => candidate.id === current) ?? areas[0];
  return (
    <AppFrame current={area.id}>
      {'purpose' in area ? (
        <AreaScreen label={area.label} purpose={area.purpose} version={info.version} />
      ) : (
        <OverviewScreen info={info} />
      )}
    </AppFrame>
  );
}

export function App() {
  const api = useApi();
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    void api.call('app.info', {}).then((result) => {
      if (!live) return;
      setStartup(result.ok ? { status: 'ready', info: result.value } : { status: 'failed', error: result.error });
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
      <CurrentArea info={startup.info} />
    </LanguageProvider>
  );
}
