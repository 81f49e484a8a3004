import { useForm } from 'react-hook-form';
import { navigate } from '../app/navigate';
import { Field } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import type { ContestDeskProps } from './UnitDeskPage';
import { deskPlaces } from './deskPlaces';
import { BatchSource } from './BatchSource';
import { KeyingAuditLink } from './KeyingAuditLink';
import { CorrectionBadges } from './CorrectionBadges';

/** A contest's batches: who keyed which pass (never what), and what each batch waits for. */
export function BatchList({ contest, campaignId, isHead, reload }: ContestDeskProps) {
  const { t } = useLanguage();
  const session = useSession();
  const creating = useSubmission();
  const places = deskPlaces(campaignId);
  const { register, handleSubmit, reset } = useForm<{ label: string }>({ defaultValues: { label: '' } });

  const create = handleSubmit(async ({ label }) => {
    const result = await creating.submit(() =>
      session.call('counting.createBatch', { contestId: contest.contestId, label }),
    );
    if (result.ok) {
      reset({ label: '' });
      reload();
    }
  });

  return (
    <div className="batches">
      <h4>{t('counting.batches')}</h4>
      <ul>
        {contest.batches.map((batch) => {
          const mine = batch.keyings.find((keying) => keying.mine);
          const waitingFor = batch.keyings.length + 1;
          return (
            <li key={batch.id} data-batch={batch.number}>
              <strong>{t('counting.batch', { number: batch.number })}</strong>
              {batch.label && batch.label !== batch.importedFrom?.fileName ? ` (${batch.label})` : ''}
              {batch.importedFrom ? (
                <>
                  {' — '}
                  <BatchSource origin={batch.importedFrom} />
                </>
              ) : null}
              <CorrectionBadges batch={batch} />
              <ul className="keyings">
                {batch.keyings.map((keying) => (
                  <li key={keying.pass}>
                    {t('counting.pass', {
                      pass: keying.pass,
                      login: keying.userLogin,
                      ballots: keying.ballots,
                      finished: keying.finished ? t('counting.passFinished') : '',
                    })}
                  </li>
                ))}
              </ul>
              {batch.openReturn ? (
                mine?.pass === batch.openReturn.pass ? (
                  <a className="button-link" href={places.returned(contest.unitId, batch.id)}>
                    {t('counting.fieldsToRekey', { batch: batch.number, count: batch.openReturn.fields })}
                  </a>
                ) : (
                  <span className="badge">
                    {t('counting.awaitingKeyer', { pass: batch.openReturn.pass, count: batch.openReturn.fields })}
                  </span>
                )
              ) : null}{' '}
              {batch.verified ? (
                <span className="badge ok">{t('counting.verified', { count: batch.verifiedBallots })}</span>
              ) : batch.unresolvedMismatches > 0 ? (
                isHead ? (
                  <a className="button-link" href={places.differences(contest.unitId, batch.id)}>
                    {t('counting.differencesToSettle', { count: batch.unresolvedMismatches })}
                  </a>
                ) : (
                  <span className="badge">
                    {t('counting.differencesToSettle', { count: batch.unresolvedMismatches })}
                  </span>
                )
              ) : (!contest.closed || batch.correction?.state === 'pending') &&
                (mine ? !mine.finished : batch.keyings.length < batch.passesRequired) ? (
                <button type="button" onClick={() => navigate(places.keying(contest.unitId, batch.id))}>
                  {mine ? t('counting.continueKeying') : t('counting.keyBatch')}
                </button>
              ) : batch.keyings.length < batch.passesRequired ? (
                <span className="note">{t('counting.waitingPasses', { pass: waitingFor })}</span>
              ) : null}
              {batch.verified && batch.source === 'keyed' ? (
                <KeyingAuditLink campaignId={campaignId} unitId={contest.unitId} batch={batch} />
              ) : null}
            </li>
          );
        })}
      </ul>
      {!contest.closed ? (
        <form noValidate onSubmit={create} className="inline-form">
          <Field label={t('counting.batchLabel')} {...register('label')} />
          <button type="submit" disabled={creating.pending}>
            {t('counting.newBatch')}
          </button>
        </form>
      ) : null}
      <ErrorNotice error={creating.error} />
    </div>
  );
}
