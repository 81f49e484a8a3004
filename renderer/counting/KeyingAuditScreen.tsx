import { useCallback, useState } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { z } from '../../shared/schema/z';
import type { auditDifferenceViewSchema, KeyingAuditSummary } from '../../shared/counting/keyingAuditSchemas';
import type { AuditVerdict } from '../../shared/counting/keyingAudit';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { TemplateContent } from '../../shared/templates/templateContent';
import type { ErrorPayload } from '../../shared/errors';
import { navigate } from '../app/navigate';
import { ConfirmAction } from '../forms/ConfirmAction';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLoaded } from '../forms/useLoaded';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { deskPlaces } from './deskPlaces';
import { describeValue, fieldLabel } from './fieldValues';
import { RateText } from './RateText';

type AuditDifference = z.infer<typeof auditDifferenceViewSchema>;

/**
 * "Kiểm tra chất lượng nhập" of one verified batch: the head draws the sample; the positions to
 * pull from the stack are shown to everyone; a third person keys them blind on the entry screen;
 * the head judges each difference against the paper; the rate with its interval follows.
 */
export function KeyingAuditScreen({
  campaignId,
  unitId,
  batchId,
  user,
}: {
  campaignId: string;
  unitId: string;
  batchId: string;
  user: SessionUser;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const places = deskPlaces(campaignId);
  const load = useCallback(() => session.call('counting.keyingAudit', { batchId }), [session, batchId]);
  const summary = useLoaded<KeyingAuditSummary | null>(load, null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const isHead = mayCall(contract['counting.drawKeyingAudit'].access, user.role);
  const mayKey = mayCall(contract['counting.startAuditKeying'].access, user.role);
  const audit = summary.value;

  const draw = async () => {
    setError(null);
    const result = await session.call('counting.drawKeyingAudit', { batchId });
    if (!result.ok) return setError(result.error);
    summary.reload();
  };

  return (
    <section aria-labelledby="audit-heading" className="keying-audit">
      <p>
        <a href={places.unit(unitId)}>← {t('counting.back')}</a>
      </p>
      <h2 id="audit-heading">{t('keyingAudit.heading', { batch: audit?.batchNumber ?? '' })}</h2>
      <ErrorNotice error={summary.error} />
      <ErrorNotice error={error} />
      {audit ? (
        <>
          <p className="note">
            {audit.unitName} — {audit.subjectName}
          </p>
          <p>{t('keyingAudit.intro')}</p>
          <p role="status" data-testid="audit-state">
            <strong>{t(`keyingAudit.state.${audit.state}`)}</strong>
            {' · '}
            {audit.sampleSize > 0
              ? t('keyingAudit.sampleSize', { size: audit.sampleSize, count: audit.ballotCount })
              : t('keyingAudit.sampleOff')}
          </p>
          {audit.readOnly ? <p className="note">{t('keyingAudit.readOnly')}</p> : null}
          {audit.state === 'notDrawn' && isHead && !audit.readOnly && audit.sampleSize > 0 ? (
            <ConfirmAction
              label={t('keyingAudit.draw')}
              question={t('keyingAudit.drawQuestion', { batch: audit.batchNumber })}
              confirmLabel={t('keyingAudit.drawConfirm')}
              onConfirm={draw}
            />
          ) : null}
          {audit.sample ? (
            <>
              <p className="audit-pull" data-testid="audit-pull">
                <strong>
                  {t('keyingAudit.pull', { positions: audit.sample.positions.join(', '), batch: audit.batchNumber })}
                </strong>
              </p>
              <p className="note">
                {t('keyingAudit.seed', {
                  seed: audit.sample.seed,
                  algorithm: audit.sample.algorithm,
                  count: audit.sample.ballotCount,
                })}
                <br />
                {t('keyingAudit.drawnBy', { login: audit.sample.drawnBy })}
                {audit.auditorLogin ? (
                  <>
                    {' · '}
                    {t('keyingAudit.auditor', { login: audit.auditorLogin })}
                  </>
                ) : null}
              </p>
              <p>{t('keyingAudit.progress', { keyed: audit.keyed, count: audit.sample.positions.length })}</p>
            </>
          ) : null}
          {(audit.state === 'drawn' || audit.state === 'keying') && mayKey && !audit.readOnly ? (
            <button type="button" onClick={() => navigate(places.auditKeying(unitId, batchId))}>
              {audit.state === 'drawn' ? t('keyingAudit.key') : t('keyingAudit.continue')}
            </button>
          ) : null}
          {audit.rate ? (
            <p data-testid="audit-rate">
              <RateText rate={audit.rate} />
            </p>
          ) : null}
          {isHead && (audit.state === 'judging' || audit.state === 'done') ? (
            <AuditDifferences batchId={batchId} readOnly={audit.readOnly} onJudged={summary.reload} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The head's verdicts: each difference, the verified value beside the audit's, judged against the paper. */
function AuditDifferences({
  batchId,
  readOnly,
  onJudged,
}: {
  batchId: string;
  readOnly: boolean;
  onJudged: () => void;
}) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('counting.auditDifferences', { batchId }), [session, batchId]);
  const loaded = useLoaded<{ form: TemplateContent | null; differences: AuditDifference[] }>(load, {
    form: null,
    differences: [],
  });
  const [error, setError] = useState<ErrorPayload | null>(null);
  const { form, differences } = loaded.value;
  const value = (shown: unknown, field: string) => describeValue(shown, field, form, pick, t);

  const judge = async (difference: AuditDifference, verdict: AuditVerdict) => {
    setError(null);
    const result = await session.call('counting.judgeAuditDifference', {
      batchId,
      differenceId: difference.id,
      verdict,
    });
    if (!result.ok) return setError(result.error);
    loaded.reload();
    onJudged();
  };

  return (
    <div className="audit-differences">
      <h3>{t('keyingAudit.judge')}</h3>
      <p>{t('keyingAudit.differencesIntro')}</p>
      <ErrorNotice error={loaded.error} />
      <ErrorNotice error={error} />
      {differences.length === 0 ? (
        <p role="status">{t('keyingAudit.noDifferences')}</p>
      ) : (
        <DataTable
          className="differences"
          labels={[
            t('differences.position'),
            t('differences.field'),
            t('keyingAudit.verifiedValue'),
            t('keyingAudit.auditValue'),
            t('keyingAudit.verdict'),
          ]}
        >
          {differences.map((difference) => (
            <tr
              key={difference.id}
              data-position={difference.position}
              data-field={difference.field}
              data-verdict={difference.verdict ?? ''}
            >
              <td>{difference.position}</td>
              <td>
                {fieldLabel(difference.field, t)}
                {difference.rowText ? <div className="note">{difference.rowText}</div> : null}
              </td>
              <td>{value(difference.verifiedValue, difference.field)}</td>
              <td>{value(difference.auditValue, difference.field)}</td>
              <td>
                {difference.verdict ? (
                  t(`keyingAudit.judged.${difference.verdict}`, { login: difference.judgedBy ?? '' })
                ) : readOnly ? (
                  '—'
                ) : (
                  <div className="settle">
                    <ConfirmAction
                      className="secondary"
                      label={t('keyingAudit.verifiedWrong')}
                      question={t('keyingAudit.verifiedWrongQuestion')}
                      confirmLabel={t('keyingAudit.verifiedWrong')}
                      onConfirm={() => judge(difference, 'verifiedWrong')}
                    />
                    <ConfirmAction
                      className="secondary"
                      label={t('keyingAudit.auditWrong')}
                      question={t('keyingAudit.auditWrongQuestion')}
                      confirmLabel={t('keyingAudit.auditWrong')}
                      onConfirm={() => judge(difference, 'auditWrong')}
                    />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
