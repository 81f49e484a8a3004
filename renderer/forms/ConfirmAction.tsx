import { useState, type ReactNode } from 'react';
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
  if (!asking)
    return (
      <button type="button" className={className} disabled={disabled} onClick={() => setAsking(true)}>
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
          setAsking(false);
        }
      }}
    >
      <p>{question}</p>
      <button
        type="button"
        autoFocus
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('confirm.cancel')}
      </button>
    </div>
  );
}
