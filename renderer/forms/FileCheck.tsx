import type { Bilingual } from '../../shared/i18n/language';
import { FormActions } from './Field';
import { RowErrorsTable } from './RowErrorsTable';

/**
 * The buttons of a file checked before it is imported: check the chosen file, then, once it
 * reads without a problem (an import label given), import it.
 */
export function FileCheckActions({
  chosen,
  busy,
  checkLabel,
  importLabel,
  onCheck,
  onImport,
}: {
  chosen: boolean;
  busy: boolean;
  checkLabel: string;
  /** What the import brings in; none until the file has been checked and reads. */
  importLabel: string | null;
  onCheck: () => void;
  onImport: () => void;
}) {
  return (
    <FormActions>
      <button type="button" onClick={onCheck} disabled={!chosen || busy}>
        {checkLabel}
      </button>
      {importLabel !== null ? (
        <button type="button" onClick={onImport} disabled={busy}>
          {importLabel}
        </button>
      ) : null}
    </FormActions>
  );
}

/** What checking a file found: that it reads, or how many problems it has and every one of them. */
export function FileCheckOutcome({
  errors,
  readsText,
  problemsText,
  caption,
}: {
  errors: ReadonlyArray<{ row: number; column: string; message: Bilingual }>;
  readsText: string;
  problemsText: string;
  /** The problems table's name, where the screen gives it one. */
  caption?: string;
}) {
  return errors.length === 0 ? (
    <p role="status" className="notice">
      {readsText}
    </p>
  ) : (
    <>
      <p role="alert" className="notice broken">
        {problemsText}
      </p>
      <RowErrorsTable errors={errors} caption={caption} />
    </>
  );
}
