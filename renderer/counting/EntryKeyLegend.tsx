import { Fragment, useEffect, useRef } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import type { MessageKey } from '../i18n/messages';
import { allKeys, keysOfMode, type KeyHint } from './entryKeyLegend';
import type { EntryMode } from './entryKeys';

/** Keys with a name of their own in the interface's language; the rest are shown as printed on the key. */
const keyNames: Readonly<Record<string, MessageKey>> = { Space: 'entryKey.space' };

function Keys({ hint }: { hint: KeyHint }) {
  const { t } = useLanguage();
  return (
    <>
      {hint.keys.map((key, index) => (
        <Fragment key={key}>
          {index > 0 ? ' ' : null}
          <kbd>{keyNames[key] ? t(keyNames[key]) : key}</kbd>
        </Fragment>
      ))}
    </>
  );
}

/** The keys that act in the current mode, always in view under the sheet. */
export function EntryKeyLegend({ mode, points10 }: { mode: EntryMode; points10: boolean }) {
  const { t } = useLanguage();
  return (
    <ul className="entry-legend" aria-label={t('entryKey.legend')} data-testid="entry-legend">
      {keysOfMode(mode, points10).map((hint) => (
        <li key={hint.does}>
          <Keys hint={hint} /> {t(hint.does)}
        </li>
      ))}
    </ul>
  );
}

/** Every key of the screen, opened with `?`; Escape or the button closes it and keying goes on. */
export function EntryKeyHelp({ open, points10, onClose }: { open: boolean; points10: boolean; onClose: () => void }) {
  const { t } = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="entry-help" aria-labelledby="entry-help-heading" onClose={onClose}>
      <h2 id="entry-help-heading">{t('entryKey.helpHeading')}</h2>
      {allKeys(points10).map((group) => (
        <section key={group.heading}>
          <h3>{t(group.heading)}</h3>
          <dl>
            {group.hints.map((hint) => (
              <div key={hint.does}>
                <dt>
                  <Keys hint={hint} />
                </dt>
                <dd>{t(hint.does)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <form method="dialog">
        <button type="submit" autoFocus>
          {t('entryKey.close')}
        </button>
      </form>
    </dialog>
  );
}
