import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import type { KioskStatus } from '../../shared/kiosk/kioskSchemas';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { sessionBallotBox } from './ballotBox';
import { ExitPrompt } from './ExitPrompt';
import { requestKioskFullscreen, type KioskRoute } from './kioskRoute';
import { VoterSession } from './VoterSession';
import './kiosk.css';

/**
 * The voting kiosk: the whole window, no frame, no menus, no navigation. Each voter gets a
 * fresh VoterSession (a new key): nothing of the one before survives in state or in the page.
 * Only a discreet "Thoát" (or Ctrl+Alt+Q) and the password of the one signed in leave it.
 */
export function KioskScreen({ route, user, onLeave }: { route: KioskRoute; user: SessionUser; onLeave: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const [status, setStatus] = useState<KioskStatus | null>(null);
  const [voter, setVoter] = useState(0);
  // Why the last voter was sent back (a wrong or used code): the core's words, never the code.
  const [notice, setNotice] = useState<ErrorPayload | null>(null);
  const [exiting, setExiting] = useState(false);
  const ballotBox = useMemo(() => sessionBallotBox(session.call, route.unitId), [session.call, route.unitId]);

  useEffect(() => {
    let live = true;
    void session.call('kiosk.status', { unitId: route.unitId }).then((result) => {
      if (!live) return;
      if (result.ok) setStatus(result.value);
      else setNotice(result.error);
    });
    return () => {
      live = false;
    };
  }, [session, route.unitId, voter]);

  useEffect(() => {
    requestKioskFullscreen();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && event.code === 'KeyQ') {
        event.preventDefault();
        setExiting(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const nextVoter = useCallback((refusal: ErrorPayload | null) => {
    setNotice(refusal);
    setVoter((current) => current + 1);
  }, []);

  return (
    <div className="kiosk">
      <header className="kiosk-header">
        <p className="kiosk-title">
          {t('kiosk.screenLabel')}
          {status ? ` · ${t('kiosk.unitHeading', { unit: status.unitName })}` : null}
        </p>
        <button type="button" className="kiosk-exit" aria-keyshortcuts="Control+Alt+Q" onClick={() => setExiting(true)}>
          {t('kiosk.exit')}
        </button>
      </header>
      <main className="kiosk-main">
        {status?.closed ? (
          <p className="kiosk-closed" role="status">
            {t('kiosk.closedScreen')}
          </p>
        ) : (
          <VoterSession
            key={voter}
            ballotBox={ballotBox}
            notice={notice}
            onCodeTyped={requestKioskFullscreen}
            onFinished={nextVoter}
          />
        )}
      </main>
      <ExitPrompt open={exiting} user={user} onCancel={() => setExiting(false)} onLeft={onLeave} />
    </div>
  );
}
