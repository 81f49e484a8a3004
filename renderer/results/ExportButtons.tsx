import type { z } from '../../shared/schema/z';
import { contract, mayCall } from '../../shared/contract';
import type { resultsCalls } from '../../shared/contract/resultsCalls';
import { downloadBase64 } from '../files/fileTransfer';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { useSession } from '../session/SessionContext';

type View = z.infer<(typeof resultsCalls)['results.export']['input']>['view'];

/** Saves one table (or, for "all", every table as one workbook) exactly as the screen shows it. */
export function ExportButtons({ campaignId, view, label }: { campaignId: string; view: View; label: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const exporting = useSubmission();
  // Exports hold results not yet sealed: the head's and the administrator's, not the archivist's.
  const role = session.status.user?.role ?? null;
  if (!mayCall(contract['results.export'].access, role)) return null;
  const save = async (format: 'csv' | 'xlsx') => {
    const result = await exporting.submit(() => session.call('results.export', { campaignId, view, format }));
    if (result.ok) downloadBase64(result.value.fileName, result.value.contentBase64);
  };
  return (
    <div className="form-actions export-buttons">
      {view === 'all' ? null : (
        <button type="button" className="secondary" disabled={exporting.pending} onClick={() => void save('csv')}>
          {t('results.exportCsv')}
          <span className="visually-hidden"> — {label}</span>
        </button>
      )}
      <button type="button" className="secondary" disabled={exporting.pending} onClick={() => void save('xlsx')}>
        {view === 'all' ? t('results.exportAll') : t('results.exportXlsx')}
        <span className="visually-hidden"> — {label}</span>
      </button>
      <ErrorNotice error={exporting.error} />
    </div>
  );
}
