import { useState } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import { fileToBase64 } from '../files/fileTransfer';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FileField, FormActions } from '../forms/Field';
import { useSession } from '../session/SessionContext';
import { DataTable } from '../forms/DataTable';

interface Preview {
  unitCount: number;
  subjectCount: number;
  errors: Array<{ row: number; column: string; message: { vi: string; en: string } }>;
}

/** Choose a file, see every problem row by row, import only a file without any. */
export function UnitImport({ campaignId, onImported }: { campaignId: string; onImported: () => void }) {
  const { t, pick } = useLanguage();
  const session = useSession();
  const [file, setFile] = useState<{ fileName: string; contentBase64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  const choose = async (chosen: File | undefined) => {
    setPreview(null);
    setDone(null);
    setError(null);
    setFile(chosen ? { fileName: chosen.name, contentBase64: await fileToBase64(chosen) } : null);
  };

  const check = async () => {
    if (!file) return;
    setBusy(true);
    const result = await session.call('campaigns.previewUnitImport', { campaignId, file });
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };

  const importNow = async () => {
    if (!file) return;
    setBusy(true);
    const result = await session.call('campaigns.importUnits', { campaignId, file });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setDone(t('units.imported', { units: result.value.unitCount, subjects: result.value.subjectCount }));
    setPreview(null);
    onImported();
  };

  return (
    <section className="import-panel" aria-labelledby="unit-import-heading">
      <h4 id="unit-import-heading">{t('units.import')}</h4>
      <p className="note">{t('units.importHint')}</p>
      <FileField
        id="unit-file"
        label={t('units.file')}
        narrow
        accept=".csv,.xlsx,text/csv"
        onChoose={(file) => void choose(file)}
      />
      <FormActions>
        <button type="button" onClick={() => void check()} disabled={!file || busy}>
          {t('units.check')}
        </button>
        {preview && preview.errors.length === 0 ? (
          <button type="button" onClick={() => void importNow()} disabled={busy}>
            {t('units.doImport', { units: preview.unitCount })}
          </button>
        ) : null}
      </FormActions>
      {busy ? <p role="status">{t('units.checking')}</p> : null}
      <ErrorNotice error={error} />
      {done ? (
        <p role="status" className="notice">
          {done}
        </p>
      ) : null}
      {preview ? (
        preview.errors.length === 0 ? (
          <p role="status" className="notice">
            {t('units.previewOk', { units: preview.unitCount, subjects: preview.subjectCount })}
          </p>
        ) : (
          <>
            <p role="alert" className="notice broken">
              {t('units.previewErrors', { count: preview.errors.length })}
            </p>
            <DataTable className="import-errors" labels={[t('units.row'), t('units.column'), t('units.problem')]}>
              {preview.errors.map((rowError, index) => (
                <tr key={index}>
                  <td>{rowError.row}</td>
                  <td>{rowError.column}</td>
                  <td>{pick(rowError.message)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )
      ) : null}
    </section>
  );
}
