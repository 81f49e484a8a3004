import type { surveyImportCalls } from '../../shared/contract/countingCalls';
import { proposeSurveyMapping } from '../../shared/counting/surveyGuess';
import { Failure } from '../../shared/errors';
import { type Handlers, signedInUser } from '../base/handlers';
import { type AirGapState, refusedWhileOnline } from '../campaigns';
import type { VaultStore } from '../vault';
import { recordBatchSource } from './batchSourceStore';
import { batchSummary } from './batchStore';
import { openCounting, type SealState } from './countingGuards';
import { storeCheckedBatch } from './importedBatch';
import { readSurveyFile, refusedSurvey, surveyBallots, surveyPreview } from './surveyImport';

const now = () => new Date().toISOString();

/**
 * Survey exports: read the file first (outside the vault's transaction: an XLSX is unzipped
 * asynchronously), then check and store in one write — the contest's state is read there, so
 * nothing can change between the check and the ballots going in.
 */
export function createSurveyImportHandlers(
  store: VaultStore,
  seals: SealState,
  airGap: AirGapState,
): Handlers<typeof surveyImportCalls> {
  return {
    'counting.surveyColumns': async ({ contestId, file }) => {
      const survey = await readSurveyFile(file);
      return store.read((db) => {
        const context = openCounting(db, contestId, seals);
        if (context instanceof Failure) return context;
        return proposeSurveyMapping(survey.table, context.form);
      });
    },

    'counting.previewSurveyImport': async ({ contestId, file, mapping }) => {
      const survey = await readSurveyFile(file);
      return store.read((db) => {
        const context = openCounting(db, contestId, seals);
        if (context instanceof Failure) return context;
        return surveyPreview(db, survey, mapping, { id: contestId, form: context.form });
      });
    },

    // All or nothing: one error anywhere, or one response the vault holds already, and no ballot goes in.
    'counting.importSurvey': async ({ contestId, file, mapping }, call) => {
      const user = signedInUser(call);
      const survey = await readSurveyFile(file);
      return store.write(
        user,
        'ballots.surveyImported',
        (result: { imported: number; valid: number; blank: number; batch: { id: string } }) => ({
          contestId,
          fileName: file.fileName,
          fileSha256: survey.sha256,
          tool: mapping.tool,
          batchId: result.batch.id,
          ballots: result.imported,
          valid: result.valid,
          blank: result.blank,
        }),
        (db) => {
          const context = openCounting(db, contestId, seals);
          if (context instanceof Failure) return context;
          const online = refusedWhileOnline(db, context.campaignId, airGap);
          if (online) return online;
          const { check, ballots } = surveyBallots(survey, mapping, { id: contestId, form: context.form });
          if (check.errorCount > 0) return refusedSurvey(file.fileName, check);
          const at = now();
          const stored = storeCheckedBatch(
            db,
            { contestId, fileName: file.fileName, label: file.fileName.slice(0, 100), entries: ballots },
            at,
            call.session.onProgress,
          );
          if (stored instanceof Failure) return stored;
          recordBatchSource(
            db,
            stored.batchId,
            { kind: 'survey', tool: mapping.tool, fileName: file.fileName, fileSha256: survey.sha256, mapping },
            { userId: user.id, at },
          );
          const valid = ballots.filter((ballot) => ballot.valid).length;
          return {
            batch: batchSummary(db, stored.batchId, user.id, context.keyingsRequired),
            imported: stored.imported,
            valid,
            blank: ballots.length - valid,
          };
        },
      );
    },
  };
}
