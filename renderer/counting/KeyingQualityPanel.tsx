import { useCallback } from 'react';
import type { KeyingQuality } from '../../shared/counting/keyingAuditSchemas';
import { perThousandText, type ResidualErrorRate } from '../../shared/counting/residualErrorRate';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { deskPlaces } from './deskPlaces';
import { RateText } from './RateText';

/** The cells of a rate: errors, fields, per 1,000 (marked above the bound), the 95 % interval. */
function RateCells({ rate, aboveBound }: { rate: ResidualErrorRate; aboveBound: boolean }) {
  const { t, language } = useLanguage();
  const per = (value: number | null) => (value === null ? '—' : perThousandText(value, language));
  return (
    <>
      <td>{rate.errors}</td>
      <td>{rate.fields}</td>
      <td>
        {per(rate.perThousand)}
        {aboveBound ? <span className="badge"> {t('keyingAudit.aboveBound')}</span> : null}
      </td>
      <td>{rate.perThousand === null ? '—' : `${per(rate.lowerPerThousand)}–${per(rate.upperPerThousand)}`}</td>
    </>
  );
}

/**
 * #/counting/<campaign>/quality — how many keying errors double entry left, as the audits
 * measure it: for the campaign, per desk, per contest and per batch audited, each with its exact
 * 95 % interval. Tables only: every row is read by a screen reader and reached by Tab.
 */
export function KeyingQualityPanel({ campaignId }: { campaignId: string }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const places = deskPlaces(campaignId);
  const load = useCallback(() => session.call('counting.keyingQuality', { campaignId }), [session, campaignId]);
  const quality = useLoaded<KeyingQuality | null>(load, null);
  const value = quality.value;
  const rateLabels = [
    t('keyingAudit.errors'),
    t('keyingAudit.fields'),
    t('keyingAudit.perThousand'),
    t('keyingAudit.interval'),
  ];
  return (
    <section aria-labelledby="keying-quality" className="keying-quality">
      <nav className="desk-path" aria-label={t('counting.deskPath')}>
        <a href={places.overview}>← {t('counting.overview')}</a>
      </nav>
      <h2 id="keying-quality">{t('keyingAudit.quality')}</h2>
      <ErrorNotice error={quality.error} />
      {value ? (
        <>
          <p>{t('keyingAudit.qualityIntro', { bound: perThousandText(value.boundPerThousand, language) })}</p>
          {value.batches.length === 0 ? (
            <p role="status">{value.sampleSize === 0 ? t('keyingAudit.sampleOff') : t('keyingAudit.none')}</p>
          ) : (
            <>
              <p role="status" data-testid="campaign-rate">
                <strong>{t('keyingAudit.campaign')}:</strong> <RateText rate={value.campaign} />
              </p>
              <h3>{t('keyingAudit.byDesk')}</h3>
              <DataTable labels={[t('keyingAudit.desk'), t('keyingAudit.batches'), ...rateLabels]}>
                {value.desks.map((row) => (
                  <tr key={row.desk ?? ''}>
                    <td>{row.desk ?? t('keyingAudit.here')}</td>
                    <td>{row.batches}</td>
                    <RateCells rate={row.rate} aboveBound={row.aboveBound} />
                  </tr>
                ))}
              </DataTable>
              <h3>{t('keyingAudit.byContest')}</h3>
              <DataTable labels={[t('keyingAudit.contest'), t('keyingAudit.batches'), ...rateLabels]}>
                {value.contests.map((row) => (
                  <tr key={row.contestId}>
                    <td>
                      <a href={places.unit(row.unitId)}>{row.unitName}</a> — {row.subjectName}
                    </td>
                    <td>{row.batches}</td>
                    <RateCells rate={row.rate} aboveBound={row.aboveBound} />
                  </tr>
                ))}
              </DataTable>
              <h3>{t('keyingAudit.byBatch')}</h3>
              <DataTable
                className="audited-batches"
                labels={[
                  t('keyingAudit.contest'),
                  t('keyingAudit.batch'),
                  t('keyingAudit.desk'),
                  t('keyingAudit.state'),
                  t('keyingAudit.sampled'),
                  ...rateLabels,
                ]}
              >
                {value.batches.map((row) => (
                  <tr key={row.batchId} data-batch={row.batchNumber}>
                    <td>
                      {row.unitName} — {row.subjectName}
                    </td>
                    <td>
                      <a href={places.audit(row.unitId, row.batchId)}>{row.batchNumber}</a>
                    </td>
                    <td>{row.desk ?? t('keyingAudit.here')}</td>
                    <td>{t(`keyingAudit.state.${row.state}`)}</td>
                    <td>{row.sampled}</td>
                    <RateCells rate={row.rate} aboveBound={row.aboveBound} />
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
