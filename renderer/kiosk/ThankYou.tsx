import { useEffect, useRef } from 'react';
import { useLanguage } from '../i18n/LanguageContext';

/** How long the thanks stay before the kiosk is back at the start for the next voter. */
export const thanksMs = 3000;

/** The ballot is in: thanks, then (after a few seconds) the start again, with nothing left. */
export function ThankYou({ onDone }: { onDone: () => void }) {
  const { t } = useLanguage();
  const done = useRef(onDone);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    done.current = onDone;
  }, [onDone]);
  useEffect(() => {
    heading.current?.focus();
    const timer = window.setTimeout(() => done.current(), thanksMs);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <section className="kiosk-thanks" role="status" aria-labelledby="kiosk-thanks-heading">
      <h1 id="kiosk-thanks-heading" ref={heading} tabIndex={-1}>
        {t('kiosk.thanks')}
      </h1>
      <p>{t('kiosk.thanksNext')}</p>
    </section>
  );
}
