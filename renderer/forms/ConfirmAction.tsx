import { useState, type ReactNode } from 'react';
import { useReturnFocus } from './focusKeeping';
import { useLanguage } from '../i18n/LanguageContext';

/**
 * A step that cannot be undone (advancing a campaign, closing counting, sealing, finishing a
 * keying) asks first: the button opens a question that names what will be frozen, with the
 * confirm button focused, so Enter confirms and Escape (or "Hủy") takes the user back.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  onConfirm,
  disabled = false,
  className,
}: {
  label: ReactNode;
  /** What happens, and what can no longer be changed after it. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  className?: string;
}) {
  const { t } = useLanguage();
  const [asking, setAsking] = useState(false);
  const { opener, returnFocus } = useReturnFocus<HTMLButtonElement>();
  // Answered either way, the focus is back on the button that asked (or, once that is gone, near it).
  const answered = () => {
    setAsking(false);
    returnFocus();
  };
  if (!asking)
    return (
      <button ref={opener} type="button" className={className} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div
      className="inline-confirm"
      role="group"
      aria-label={question}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          answered();
        }
      }}
    >
      <p>{question}</p>
      <button
        type="button"
        autoFocus
        disabled={disabled}
        onClick={() => {
          answered();
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary" onClick={answered}>
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
