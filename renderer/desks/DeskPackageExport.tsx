import { useState } from 'react';
import type { OpenedKit } from '../../shared/desks/deskStatus';
import { digestGroups } from '../../shared/results/digestGroups';
import { downloadBase64 } from '../files/fileTransfer';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FormActions } from '../forms/Field';
import { InfoRow } from '../forms/InfoRow';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/**
 * At a desk (bàn phụ), its head sends the work back: every verified batch, signed with the
 * desk head's own certificate, saved as a file for the main desk. Exporting again is harmless:
 * the main desk passes over the batches it has merged already.
 */
export function DeskPackageExport({ campaignId, kit }: { campaignId: string; kit: OpenedKit }) {
  const { t, when } = useLanguage();
  const session = useSession();
  const exporting = useSubmission();
  const [passphrase, setPassphrase] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const exportPackage = async () => {
    setDone(null);
    const result = await exporting.submit(() => session.call('desks.exportPackage', { campaignId, passphrase }));
    setPassphrase('');
    if (!result.ok) return;
    downloadBase64(result.value.fileName, result.value.contentBase64);
    setDone(t('desks.exported', { batches: result.value.batches, ballots: result.value.ballots }));
  };

  return (
    <section className="desk-package" aria-labelledby="desk-package-heading">
      <h2 id="desk-package-heading">{t('desks.packageHeading', { desk: kit.deskName })}</h2>
      <dl className="info-list">
        <InfoRow label={t('desks.kitOpenedAt')}>{when(kit.openedAt)}</InfoRow>
        <InfoRow label={t('desks.mainFingerprint')}>
          <code>{digestGroups(kit.mainFingerprint).join(' ')}</code>
        </InfoRow>
        <InfoRow label={t('desks.lastExport')}>
          {kit.lastExport
            ? t('desks.lastExportValue', {
                at: when(kit.lastExport.at),
                batches: kit.lastExport.batches,
                ballots: kit.lastExport.ballots,
              })
            : t('desks.noExport')}
        </InfoRow>
      </dl>
      <form
        noValidate
        className="narrow-form"
        aria-label={t('desks.exportHeading')}
        onSubmit={(event) => {
          event.preventDefault();
          void exportPackage();
        }}
      >
        <p className="note">{t('desks.exportHint')}</p>
        {kit.secondEntryAtMain ? <p className="note">{t('desks.exportSecondEntry')}</p> : null}
        <Field
          id="desk-export-passphrase"
          label={t('desks.deskPassphrase')}
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
        />
        <FormActions>
          <button type="submit" disabled={exporting.pending}>
            {t('desks.exportButton')}
          </button>
        </FormActions>
        <ErrorNotice error={exporting.error} />
        {done ? (
          <p role="status" className="notice">
            {done}
          </p>
        ) : null}
      </form>
    </section>
  );
}
