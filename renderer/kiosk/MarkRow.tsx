import { useId, type KeyboardEvent, type Ref } from 'react';
import { useLanguage } from '../i18n/LanguageContext';
import { markOfKey } from './kioskBallots';

/**
 * One row of the form as on paper — a criterion, or the prestige — its marks as big radio
 * buttons. Keys: a digit picks that mark and moves on, up and down arrows move between rows
 * (left and right move between the marks, as radio buttons do), Delete clears, Enter goes on.
 */
export function MarkRow({
  number,
  text,
  labels,
  showNumbers,
  value,
  groupRef,
  onPick,
  onMove,
  onEnter,
}: {
  /** The row's number as printed ("1", "2" …), or null for the prestige. */
  number: number | null;
  text: string;
  labels: readonly string[];
  showNumbers: boolean;
  value: number;
  groupRef: Ref<HTMLFieldSetElement>;
  onPick: (mark: number) => void;
  onMove: (step: 1 | -1) => void;
  onEnter: () => void;
}) {
  const { t } = useLanguage();
  const name = `mark-${useId().replace(/:/g, '')}`;
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Enter on the clear button is that button's own.
    if (event.key === 'Enter' && event.target instanceof HTMLButtonElement) return;
    const mark = markOfKey(event.key, labels.length);
    let handled = true;
    if (mark !== null) {
      onPick(mark);
      onMove(1);
    } else if (event.key === 'ArrowDown') onMove(1);
    else if (event.key === 'ArrowUp') onMove(-1);
    else if (event.key === 'Delete' || event.key === 'Backspace') onPick(0);
    else if (event.key === 'Enter') onEnter();
    else handled = false;
    if (handled) event.preventDefault();
  };
  return (
    <fieldset ref={groupRef} className="kiosk-row" data-row={number ?? 'prestige'} onKeyDown={onKeyDown}>
      <legend>
        {number !== null ? <span className="kiosk-row-number">{number}. </span> : null}
        {text}
      </legend>
      <div className="kiosk-marks">
        {labels.map((label, index) => (
          <label key={index} className="kiosk-mark">
            <input
              type="radio"
              name={name}
              value={index + 1}
              checked={value === index + 1}
              onChange={() => onPick(index + 1)}
            />
            <span>
              {showNumbers ? <span className="kiosk-mark-number">({index + 1}) </span> : null}
              {label}
            </span>
          </label>
        ))}
        {value > 0 ? (
          <button
            type="button"
            className="secondary kiosk-clear"
            aria-label={t('kiosk.clearRowLabel', { row: number ?? text })}
            onClick={(event) => {
              // The button goes with the mark: the focus stays in the row.
              event.currentTarget.closest('fieldset')?.querySelector('input')?.focus();
              onPick(0);
            }}
          >
            {t('kiosk.clearRow')}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
