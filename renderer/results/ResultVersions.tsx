import { useCallback } from 'react';
import type { CallOutput } from '../../shared/contract';
import { useLoaded } from '../forms/useLoaded';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { TallyTable } from './TallyTable';

type Versions = CallOutput<'results.versions'>['versions'];

/**
 * Every sealed version of an amended result, so the one in force is always read beside those it
 * replaced; each earlier tally opens in place. Nothing is shown while there is only the seal.
 * The page remounts it (its key) when a new record is sealed.
 */
export function ResultVersions({ contestId }: { contestId: string }) {
  const { t, when } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.versions', { contestId }), [session, contestId]);
  const answer = useLoaded<{ versions: Versions }>(load, { versions: [] });
  const versions = answer.value.versions;
  if (versions.length < 2) return <ErrorNotice error={answer.error} />;
  const latest = versions.at(-1)!.record.sequence;
  return (
    <section aria-labelledby="result-versions" className="result-versions">
      <h3 id="result-versions">{t('corrections.versions')}</h3>
      <ul>
        {versions.map(({ record, tally, privacy }) => (
          <li key={record.id} data-version={record.sequence}>
            <p>
              {t('corrections.versionLine', {
                sequence: record.sequence,
                kind: record.sequence === 1 ? t('corrections.versionSeal') : t('corrections.versionAmendment'),
                when: when(record.sealedAt),
                valid: tally.ballots.valid,
              })}{' '}
              <span className={record.sequence === latest ? 'badge ok' : 'badge'}>
                {record.sequence === latest ? t('corrections.versionInForce') : t('corrections.versionReplaced')}
              </span>{' '}
              <code>{record.digest.slice(0, 16)}…</code>
            </p>
            {record.reason ? <p className="note">{record.reason}</p> : null}
            {record.sequence !== latest && !privacy.fewBallots ? (
              <details>
                <summary>{t('corrections.showVersion', { sequence: record.sequence })}</summary>
                <TallyTable tally={tally} />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
