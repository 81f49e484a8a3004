import type { ReactNode } from 'react';
import { LanguageSwitch } from '../app/LanguageSwitch';
import { useLanguage } from '../i18n/LanguageContext';

/** The frame of the screens shown before anyone is signed in. */
export function AccessLayout({ heading, children }: { heading: string; children: ReactNode }) {
  const { t } = useLanguage();
  return (
    <div className="access">
      <header className="frame-header">
        <div>
          <p className="app-title">{t('app.title')}</p>
          <p className="app-tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main className="access-main">
        <section className="access-card" aria-labelledby="access-heading">
          <h1 id="access-heading">{heading}</h1>
          {children}
        </section>
      </main>
    </div>
  );
}
