import { useEffect, useRef } from 'react';
import { PrintPanel } from '../print/PrintPanel';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * The codes just made, shown this once (the vault keeps only their digests): the warning, the
 * list, the slips to print, and the button that forgets them on this screen.
 */
export function IssuedCodes({
  unitId,
  sheet,
  codes,
  onHide,
}: {
  unitId: string;
  sheet: number;
  codes: readonly string[];
  onHide: () => void;
}) {
  const { t } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="kiosk-issued" aria-labelledby={`kiosk-issued-${unitId}`}>
      <h4 id={`kiosk-issued-${unitId}`} ref={heading} tabIndex={-1}>
        {t('kiosk.codesHeading', { sheet, count: codes.length })}
      </h4>
      <p className="kiosk-once" role="alert">
        {t('kiosk.codesOnce')}
      </p>
      <PrintPanel document={{ kind: 'kioskSlips', unitId, codes: [...codes] }} label={t('kiosk.printSlips')} />
      <ol className="kiosk-code-list" data-testid="kiosk-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="secondary" onClick={onHide}>
        {t('kiosk.hideCodes')}
      </button>
    </section>
  );
}
