import type { Bilingual } from '../../shared/i18n/language';
import { useLanguage } from '../i18n/LanguageContext';
import { DataTable } from './DataTable';

/** Every problem of a file, where it is (row, column) and what it is, as the core found them. */
export function RowErrorsTable({
  errors,
  caption,
}: {
  errors: ReadonlyArray<{ row: number; column: string; message: Bilingual }>;
  /** The table's name, where the screen gives it one. */
  caption?: string;
}) {
  const { t, pick } = useLanguage();
  return (
    <DataTable
      className="import-errors"
      caption={caption}
      labels={[t('form.fileErrorRow'), t('form.fileErrorColumn'), t('form.fileErrorProblem')]}
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
