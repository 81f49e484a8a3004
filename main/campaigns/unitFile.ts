import { message } from '../../shared/i18n/messages';
import { validateUnitTable } from '../../shared/campaigns/unitRows';
import { AppError } from '../../shared/errors';
import { listUnitTypes } from './unitTypeStore';
import { readTable } from '../tabular/readTable';
import type { VaultStore } from '../vault';

const maxFileBytes = 10 * 1024 * 1024;

/** Reads a spreadsheet of units and checks every row against the unit types; writes nothing. */
export async function checkUnitFile(store: VaultStore, file: { fileName: string; contentBase64: string }) {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length > maxFileBytes) {
    throw new AppError('IMPORT_UNREADABLE', {
      file: file.fileName,
      reason: message('core.unitFile.theFileIsLarger'),
    });
  }
  const table = await readTable(file.fileName, bytes);
  const unitTypes = store.read(listUnitTypes);
  const result = validateUnitTable(table, unitTypes);
  return {
    units: result.units,
    preview: {
      unitCount: result.units.length,
      subjectCount: result.units.reduce((sum, unit) => sum + unit.subjects.length, 0),
      errors: result.errors,
    },
  };
}
