import type { AppContract } from '../../shared/contract';
import { validateUnitTable, unitTableForExport } from '../../shared/campaigns/unitRows';
import { AppError } from '../../shared/errors';
import { getCampaign } from './campaignStore';
import { getDraw } from '../draws/drawStore';
import { listUnitTypes } from './unitTypeStore';
import { listUnits, replaceUnits } from './unitStore';
import type { Handlers } from '../core/dispatcher';
import { readTable } from '../tabular/readTable';
import { writeCsv, writeXlsx } from '../tabular/writeTable';
import type { Vault } from '../vault/vault';
import { requireDraft } from './campaignHandlers';
import { signedInUser } from '../base/signedInUser';

type ImportHandlers = Pick<
  Handlers<AppContract>,
  'campaigns.previewUnitImport' | 'campaigns.importUnits' | 'campaigns.exportUnits'
>;

const maxFileBytes = 10 * 1024 * 1024;

async function checkFile(vault: Vault, file: { fileName: string; contentBase64: string }) {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length > maxFileBytes) {
    throw new AppError('IMPORT_UNREADABLE', {
      file: file.fileName,
      reason: { vi: 'tệp lớn hơn 10 MB', en: 'the file is larger than 10 MB' },
    });
  }
  const table = await readTable(file.fileName, bytes);
  const unitTypes = vault.read(listUnitTypes);
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

export function createUnitImportService(vault: Vault): ImportHandlers {
  return {
    'campaigns.previewUnitImport': async ({ file }) => (await checkFile(vault, file)).preview,

    // All or nothing: a single error anywhere and not one row is written.
    'campaigns.importUnits': async ({ campaignId, file }, context) => {
      const { units, preview } = await checkFile(vault, file);
      if (preview.errors.length > 0) throw new AppError('IMPORT_HAS_ERRORS', { count: preview.errors.length });
      return vault.write(
        signedInUser(context),
        'units.imported',
        { campaignId, fileName: file.fileName, units: preview.unitCount, subjects: preview.subjectCount },
        (db) => {
          requireDraft(getCampaign(db, campaignId));
          if (getDraw(db, campaignId)) throw new AppError('UNITS_FIXED_BY_DRAW');
          replaceUnits(db, campaignId, units);
          return preview;
        },
      );
    },

    'campaigns.exportUnits': async ({ campaignId, format }) => {
      const { campaign, table } = vault.read((db) => ({
        campaign: getCampaign(db, campaignId),
        table: unitTableForExport(listUnits(db, campaignId), listUnitTypes(db)),
      }));
      const fileName = `don-vi-${campaign.year}.${format}`;
      const bytes =
        format === 'csv'
          ? writeCsv(table)
          : await writeXlsx([{ name: 'Đơn vị', headers: table.headers, rows: table.rows }]);
      return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
    },
  };
}
