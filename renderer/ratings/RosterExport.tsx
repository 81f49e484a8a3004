import { downloadBase64 } from '../files/fileTransfer';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FormActions } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/** The roster saved in the shape it is imported in, as CSV or XLSX. */
export function RosterExport() {
  const { t } = useLanguage();
  const session = useSession();
  const exporting = useSubmission();

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const result = await exporting.submit(() => session.call('ratings.exportRoster', { format }));
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64);
  };

  return (
    <>
      <FormActions>
        <button type="button" className="secondary" onClick={() => void exportAs('csv')} disabled={exporting.pending}>
          {t('roster.exportCsv')}
        </button>
        <button type="button" className="secondary" onClick={() => void exportAs('xlsx')} disabled={exporting.pending}>
          {t('roster.exportXlsx')}
        </button>
      </FormActions>
      <ErrorNotice error={exporting.error} />
    </>
  );
}
