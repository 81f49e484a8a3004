import { fail } from '../../shared/errors';
import { checkUnitFile } from './unitFile';
import { getDraw } from './drawStore';
import { listUnitTypes } from './unitTypeStore';
import { listUnits, replaceUnits, campaignOfSubject, setEligibilityOverride } from './unitStore';
import { unitTableForExport } from '../../shared/campaigns/unitRows';
import { unitViews } from './unitViews';
import { writeCsv, writeXlsx } from '../tabular/writeTable';
import type { unitCalls } from '../../shared/contract/campaignsCalls';
import { getCampaign } from './campaignStore';
import { type Handlers, signedInUser } from '../base/handlers';
import type { VaultStore } from '../vault';
import { lockedCampaign } from './campaignGuards';

export function createUnitHandlers(store: VaultStore): Handlers<typeof unitCalls> {
  return {
    'campaigns.units': ({ campaignId }) => store.read((db) => unitViews(db, campaignId)),
    'campaigns.setEligibilityOverride': ({ subjectId, reason }, context) => {
      const event = reason === null ? 'subject.eligibilityOverrideWithdrawn' : 'subject.eligibilityOverridden';
      return store.write(signedInUser(context), event, { subjectId, reason }, (db) => {
        const locked = lockedCampaign(getCampaign(db, campaignOfSubject(db, subjectId).campaignId));
        if (locked) return locked;
        setEligibilityOverride(db, subjectId, reason);
        return { done: true as const };
      });
    },

    'campaigns.previewUnitImport': async ({ file }) => (await checkUnitFile(store, file)).preview,

    // All or nothing: a single error anywhere and not one row is written.
    'campaigns.importUnits': async ({ campaignId, file }, context) => {
      const { units, preview } = await checkUnitFile(store, file);
      if (preview.errors.length > 0) return fail('IMPORT_HAS_ERRORS', { count: preview.errors.length });
      return store.write(
        signedInUser(context),
        'units.imported',
        { campaignId, fileName: file.fileName, units: preview.unitCount, subjects: preview.subjectCount },
        (db) => {
          const locked = lockedCampaign(getCampaign(db, campaignId));
          if (locked) return locked;
          if (getDraw(db, campaignId)) return fail('UNITS_FIXED_BY_DRAW');
          replaceUnits(db, campaignId, units);
          return preview;
        },
      );
    },

    'campaigns.exportUnits': async ({ campaignId, format }) => {
      const { campaign, table } = store.read((db) => ({
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
