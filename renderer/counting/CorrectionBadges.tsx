import type { BatchSummary } from '../../shared/counting/countingSchemas';
import { useLanguage } from '../i18n/LanguageContext';

const stateKeys = {
  pending: 'corrections.deskPending',
  counted: 'corrections.deskCounted',
  setAside: 'corrections.deskSetAside',
} as const;

/** At the desk: a batch keyed for a correction after sealing, or one a correction replaced. */
export function CorrectionBadges({ batch }: { batch: BatchSummary }) {
  const { t } = useLanguage();
  return (
    <>
      {batch.correction ? (
        <>
          {' '}
          <span className="badge" data-correction-state={batch.correction.state}>
            {t('corrections.deskBadge', {
              number: batch.correction.number,
              what: [
                batch.correction.replaces === null
                  ? t('corrections.addedBatch')
                  : t('corrections.replacesBatch', { number: batch.correction.replaces }),
                t(stateKeys[batch.correction.state]),
              ].join(', '),
            })}
          </span>
        </>
      ) : null}
      {batch.replacedBy !== undefined ? (
        <>
          {' '}
          <span className="badge">{t('corrections.replacedBy', { number: batch.replacedBy })}</span>
        </>
      ) : null}
    </>
  );
}
