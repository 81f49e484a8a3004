import { useEffect, useRef, type ReactNode } from 'react';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import { useLanguage } from '../i18n/LanguageContext';
import { areas, type AreaId } from './areas';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

/**
 * The application frame: title bar, navigation between areas, and the main region. Focus
 * moves to the main region when the area changes so keyboard users start at its heading.
 */
export function AppFrame({ current, user, children }: { current: AreaId; user: SessionUser; children: ReactNode }) {
  const { t } = useLanguage();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [current]);

  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        {t('frame.skipToContent')}
      </a>
      <header className="frame-header">
        <div>
          <p className="app-title">{t('app.title')}</p>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <div className="header-tools">
          <UserMenu user={user} />
          <LanguageSwitch />
        </div>
      </header>
      <nav className="frame-nav" aria-label={t('frame.navigation')}>
        <ol>
          {areas.map((area, index) => (
            <li key={area.id}>
              <a
                href={`#/${area.id}`}
                aria-current={area.id === current ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${index + 1}`}
              >
                <span className="nav-number" aria-hidden="true">
                  {index + 1}
                </span>
                {t(area.label)}
              </a>
            </li>
          ))}
        </ol>
        <p className="nav-hint">{t('frame.shortcutHint')}</p>
      </nav>
      <main id="main" ref={main} tabIndex={-1} className="frame-main">
        {children}
      </main>
    </div>
  );
}
