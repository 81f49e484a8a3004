import { useCallback } from 'react';
import type { BatchSummary } from '../../shared/counting/countingSchemas';
import type { KeyingAuditSummary } from '../../shared/counting/keyingAuditSchemas';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { deskPlaces } from './deskPlaces';

/**
 * Beside a verified batch keyed here: "Kiểm tra chất lượng nhập" and where its audit stands —
 * only when the campaign audits keying, or the batch was audited.
 */
export function KeyingAuditLink({
  campaignId,
  unitId,
  batch,
}: {
  campaignId: string;
  unitId: string;
  batch: BatchSummary;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.keyingAudit', { batchId: batch.id }), [session, batch.id]);
  const audit = useLoaded<KeyingAuditSummary | null>(load, null).value;
  if (!audit || (audit.state === 'notDrawn' && audit.sampleSize === 0)) return null;
  return (
    <>
      {' '}
      <a className="button-link secondary" href={deskPlaces(campaignId).audit(unitId, batch.id)}>
        {t('keyingAudit.open')}: {t(`keyingAudit.state.${audit.state}`)}
      </a>
    </>
  );
}
