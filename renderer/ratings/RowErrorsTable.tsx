import type { Bilingual } from '../../shared/i18n/language';
import { DataTable } from '../forms/DataTable';
import { useLanguage } from '../i18n/LanguageContext';

/** Every problem of a file, where it is (row, column) and what it is, as the core found them. */
export function RowErrorsTable({
  errors,
}: {
  errors: ReadonlyArray<{ row: number; column: string; message: Bilingual }>;
}) {
  const { t, pick } = useLanguage();
  return (
    <DataTable
      className="import-errors"
      caption={t('roster.errorsCaption')}
      labels={[t('roster.row'), t('roster.column'), t('roster.problem')]}
    >
      {errors.map((rowError, index) => (
        <tr key={index}>
          <td>{rowError.row}</td>
          <td>{rowError.column}</td>
          <td>{pick(rowError.message)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
