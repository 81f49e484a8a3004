import { useCallback, useState } from 'react';
import type { CallOutput } from '../../shared/contract';
import { formatDigest } from '../../shared/results/digestGroups';
import { DataTable } from '../forms/DataTable';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field } from '../forms/Field';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

type Received = CallOutput<'results.listReceivedPackages'>;

/**
 * The packages received at the district. One received by mistake (a wrong signer trusted) is
 * withdrawn with a reason, audited; it stays listed, and the genuine package can then be received.
 */
export function ReceivedPackagesSection() {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.listReceivedPackages', {}), [session]);
  const received = useLoaded<Received>(load, { packages: [] });
  const withdrawing = useSubmission();
  const [chosen, setChosen] = useState<string | null>(null);
  const [reason, setReason] = useState('');

  const withdraw = async (receivedId: string) => {
    const result = await withdrawing.submit(() => session.call('results.withdrawPackage', { receivedId, reason }));
    if (!result.ok) return;
    setChosen(null);
    setReason('');
  };

  return (
    <section aria-labelledby="received-heading">
      <h2 id="received-heading">{t('received.heading')}</h2>
      <ErrorNotice error={received.error} />
      {received.value.packages.length === 0 ? (
        <p role="status">{t('received.none')}</p>
      ) : (
        <DataTable
          labels={[t('package.contest'), t('package.signature'), t('signing.fingerprint'), t('received.state')]}
        >
          {received.value.packages.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {row.subjectName} — {row.unitName} ({t('received.sequence', { n: row.sequence })})
              </th>
              <td>{row.signer}</td>
              <td>
                <code>{formatDigest(row.fingerprint)}</code>
              </td>
              <td>
                {row.withdrawnAt ? (
                  t('received.withdrawn', { reason: row.withdrawReason ?? '' })
                ) : chosen === row.id ? (
                  <form
                    className="inline-confirm"
                    aria-label={t('received.withdrawConfirm')}
                    onSubmit={(event) => {
                      event.preventDefault();
                      void withdraw(row.id);
                    }}
                  >
                    <p>{t('received.withdrawConfirm')}</p>
                    <Field
                      label={t('received.reason')}
                      required
                      autoFocus
                      maxLength={500}
                      value={reason}
                      onChange={(event) => setReason(event.target.value)}
                    />
                    <button type="submit" className="danger" disabled={withdrawing.pending}>
                      {t('received.withdraw')}
                    </button>
                    <button type="button" className="secondary" onClick={() => setChosen(null)}>
                      {t('received.cancel')}
                    </button>
                  </form>
                ) : (
                  <>
                    {t('received.current')}{' '}
                    <button type="button" className="secondary" onClick={() => setChosen(row.id)}>
                      {t('received.withdraw')}
                      <span className="visually-hidden"> — {row.subjectName}</span>
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <ErrorNotice error={withdrawing.error} />
    </section>
  );
}
