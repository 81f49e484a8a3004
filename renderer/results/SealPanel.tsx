import { useCallback, useState, type FormEvent } from 'react';
import { contract, mayCall } from '../../shared/contract';
import type { SessionUser } from '../../shared/session/sessionSchemas';
import type { SealRecord } from '../../shared/results/resultSchemas';
import { downloadBase64 } from '../files/fileTransfer';
import { Field, FormActions } from '../forms/Field';
import { SubmitActions } from '../forms/SubmitActions';
import { useLoaded } from '../forms/useLoaded';
import { useSubmission } from '../forms/useSubmission';
import { InfoRow } from '../forms/InfoRow';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';
import { BackupFolderWarning } from '../backup/BackupFolderWarning';
import type { BackupSettings } from '../backup/ArchiveArea';
import { DigestGroups } from './DigestGroups';
import { SealForm } from './SealForm';

/**
 * The seal of a contest and its amendments: seal (head), sign each record, export the sealed
 * result package for the district, and print the minutes that carry the digest.
 */
export function SealPanel({
  contestId,
  unitId,
  user,
  onChanged,
}: {
  contestId: string;
  unitId: string;
  user: SessionUser;
  onChanged: () => void;
}) {
  const { t } = useLanguage();
  const session = useSession();
  const load = useCallback(() => session.call('results.seals', { contestId }), [session, contestId]);
  const seals = useLoaded<{ records: SealRecord[] }>(load, { records: [] });
  const isHead = user.role === 'head';
  const records = seals.value.records;
  // Each seal makes an automatic backup: the head is told at once when it could not be made.
  const loadBackup = useCallback(() => session.call('backup.settings', {}), [session]);
  const backup = useLoaded<BackupSettings | null>(loadBackup, null);
  const changed = () => {
    seals.reload();
    backup.reload();
    onChanged();
  };
  return (
    <section aria-labelledby="results-seal" className="seal-panel">
      <h3 id="results-seal">{t('results.seal')}</h3>
      <ErrorNotice error={seals.error} />
      {records.length === 0 ? <p>{t('results.notSealed')}</p> : null}
      {records.length > 0 && backup.value ? <BackupFolderWarning settings={backup.value} /> : null}
      {records.map((record) => (
        <SealRecordView key={record.id} record={record} user={user} onChanged={changed} />
      ))}
      {isHead ? <SealForm contestId={contestId} amend={records.length > 0} onDone={changed} /> : null}
      <div className="prints">
        <PrintPanel document={{ kind: 'countingMinutes', unitId }} label={t('results.print.counting')} />
        {records.length > 0 ? (
          <>
            <PrintPanel document={{ kind: 'handOverMinutes', unitId }} label={t('results.print.handOver')} />
            <PrintPanel document={{ kind: 'resultReport', contestId }} label={t('results.print.report')} />
            <PrintPanel document={{ kind: 'resultNotice', contestId }} label={t('results.print.notice')} />
          </>
        ) : null}
      </div>
    </section>
  );
}

function SealRecordView({ record, user, onChanged }: { record: SealRecord; user: SessionUser; onChanged: () => void }) {
  const { t, when } = useLanguage();
  const session = useSession();
  const isHead = user.role === 'head';
  const action = useSubmission();
  const [sure, setSure] = useState(false);
  const [passphrase, setPassphrase] = useState('');

  const sign = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.submit(() => session.call('results.sign', { sealId: record.id, passphrase }));
    setPassphrase('');
    if (result.ok) onChanged();
  };
  const exportPackage = async () => {
    const result = await action.submit(() => session.call('results.exportPackage', { sealId: record.id }));
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64);
  };

  return (
    <article className="seal-record" data-sequence={record.sequence} aria-label={recordTitle(t, record)}>
      <h4>{recordTitle(t, record)}</h4>
      <dl className="info-list">
        <InfoRow label={t('results.envelopeSeal')}>{record.envelopeSeal}</InfoRow>
        {record.reason ? <InfoRow label={t('results.reason')}>{record.reason}</InfoRow> : null}
        <InfoRow label={t('results.sealedBy')}>
          {record.sealedBy}, {when(record.sealedAt)}
        </InfoRow>
        <InfoRow label={t('results.signature')}>
          {record.signed
            ? `${t('results.signedBy')} ${record.signerName ?? ''}, ${record.signedAt ? when(record.signedAt) : ''}`
            : t('results.unsigned')}
        </InfoRow>
      </dl>
      <DigestGroups digest={record.digest} />
      {isHead && !record.signed ? (
        <form onSubmit={(event) => void sign(event)}>
          <label className="checkbox">
            <input type="checkbox" checked={sure} onChange={(event) => setSure(event.target.checked)} />
            {t('results.signConfirm')}
          </label>
          <Field
            id={`sign-passphrase-${record.id}`}
            label={t('results.signPassphrase')}
            type="password"
            autoComplete="off"
            required
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
          />
          <SubmitActions label={t('results.sign')} disabled={!sure || passphrase === '' || action.pending} />
        </form>
      ) : null}
      {record.signed && mayCall(contract['results.exportPackage'].access, user.role) ? (
        <FormActions>
          <button type="button" className="secondary" disabled={action.pending} onClick={() => void exportPackage()}>
            {t('results.exportPackage')}
          </button>
        </FormActions>
      ) : null}
      <ErrorNotice error={action.error} />
    </article>
  );
}

function recordTitle(t: ReturnType<typeof useLanguage>['t'], record: SealRecord): string {
  return record.sequence === 1 ? t('results.sealRecord') : t('results.amendmentRecord', { n: record.sequence - 1 });
}
