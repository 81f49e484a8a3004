import { ConfirmAction } from '../forms/ConfirmAction';
import { useLanguage } from '../i18n/LanguageContext';

/** "Hủy" on any page of a voter's ballot: asks first, then starts over with nothing kept. */
export function CancelVoting({ onCancel }: { onCancel: () => void }) {
  const { t } = useLanguage();
  return (
    <ConfirmAction
      className="secondary"
      label={t('kiosk.cancel')}
      question={t('kiosk.cancelQuestion')}
      confirmLabel={t('kiosk.cancelConfirm')}
      onConfirm={onCancel}
    />
  );
}
