import { createHash } from 'node:crypto';
import { message } from '../../shared/i18n/messages';
import type { deskCalls } from '../../shared/contract/countingCalls';
import { campaignStatusLabels, type CampaignStatus } from '../../shared/campaigns/campaignSchemas';
import { blocking, rulesInWords } from '../../shared/counting/reconciliation';
import { fail, Failure } from '../../shared/errors';
import { type AirGapState, getCampaign, refusedWhileOnline } from '../campaigns';
import { recordBatchSource } from './batchSourceStore';
import { batchSummary, createBatch } from './batchStore';
import { openCounting, type SealState } from './countingGuards';
import { acknowledge, closeCounting, saveConference, saveCounts } from './countsStore';
import { type Handlers, signedInUser } from '../base/handlers';
import { storeImportedBatch } from './importedBatch';
import { deskUnits } from './deskUnits';
import { contestReconciliation } from './contestReconciliation';
import type { VaultStore } from '../vault';

const now = () => new Date().toISOString();

export function createDeskHandlers(
  store: VaultStore,
  seals: SealState,
  airGap: AirGapState,
): Handlers<typeof deskCalls> {
  return {
    'counting.desk': ({ campaignId, unitId }, call) => {
      const viewer = signedInUser(call);
      return store.read((db) => {
        const units = deskUnits(db, campaignId, viewer.id, seals, unitId);
        return unitId && units.length === 0 ? fail('NOT_FOUND', { what: message('core.thing.unit') }) : units;
      });
    },

    'counting.saveConference': ({ unitId, conference }, call) =>
      store.write(
        signedInUser(call),
        'conference.saved',
        { unitId, convened: conference.convened, present: conference.present },
        (db) => {
          const unit = db.prepare('SELECT campaign_id FROM units WHERE id = ?').get(unitId) as
            { campaign_id: string } | undefined;
          if (!unit) return fail('NOT_FOUND', { what: message('core.thing.unit') });
          // The conference is part of the results of every contest of the unit.
          if (seals.isUnitSealed(db, unitId)) return fail('CONTEST_SEALED');
          const campaign = getCampaign(db, unit.campaign_id);
          if (campaign.status !== 'open' && campaign.status !== 'counting') {
            return fail('COUNTING_NOT_OPEN', {
              status: campaignStatusLabels[campaign.status as CampaignStatus],
            });
          }
          saveConference(db, unitId, conference, now());
          return { done: true as const };
        },
      ),

    'counting.saveCounts': ({ contestId, counts }, call) =>
      store.write(signedInUser(call), 'counts.saved', { contestId, ...counts }, (db) => {
        const open = openCounting(db, contestId, seals);
        if (open instanceof Failure) return open;
        saveCounts(db, contestId, counts, now());
        return { done: true as const };
      }),

    'counting.createBatch': ({ contestId, label }, call) => {
      const user = signedInUser(call);
      return store.write(user, 'batch.created', { contestId, label }, (db) => {
        const context = openCounting(db, contestId, seals);
        if (context instanceof Failure) return context;
        return batchSummary(db, createBatch(db, contestId, label, 'keyed', now()), user.id, context.keyingsRequired);
      });
    },

    // Already digital (electronic survey, another desk): checked line by line, all or nothing.
    'counting.importBallots': ({ contestId, fileName, text }, call) => {
      const user = signedInUser(call);
      return store.write(
        user,
        'ballots.imported',
        (result: { imported: number; batch: { id: string } }) => ({
          contestId,
          fileName,
          batchId: result.batch.id,
          ballots: result.imported,
        }),
        (db) => {
          const context = openCounting(db, contestId, seals);
          if (context instanceof Failure) return context;
          const online = refusedWhileOnline(db, context.campaignId, airGap);
          if (online) return online;
          const at = now();
          const stored = storeImportedBatch(
            db,
            { contestId, shape: context.shape, text, fileName, label: fileName.slice(0, 100) },
            at,
            call.session.onProgress,
          );
          if (stored instanceof Failure) return stored;
          // Marked with its file, so the tally can tell electronic ballots from paper ones.
          const fileSha256 = createHash('sha256').update(text, 'utf8').digest('hex');
          recordBatchSource(db, stored.batchId, { kind: 'ballotLines', fileName, fileSha256 }, { userId: user.id, at });
          return {
            batch: batchSummary(db, stored.batchId, user.id, context.keyingsRequired),
            imported: stored.imported,
          };
        },
      );
    },

    'counting.reconciliation': ({ contestId }) => store.read((db) => contestReconciliation(db, contestId)),

    'counting.acknowledgeWarning': ({ contestId, rule, reason }, call) => {
      const user = signedInUser(call);
      return store.write(user, 'warning.acknowledged', { contestId, rule, reason }, (db) => {
        const open = openCounting(db, contestId, seals);
        if (open instanceof Failure) return open;
        acknowledge(db, contestId, rule, reason, user.id, now());
        return contestReconciliation(db, contestId);
      });
    },

    // Enforced here, not by a disabled button: an error or an unacknowledged warning blocks.
    'counting.close': ({ contestId }, call) => {
      const user = signedInUser(call);
      return store.write(user, 'counting.closed', { contestId }, (db) => {
        const open = openCounting(db, contestId, seals);
        if (open instanceof Failure) return open;
        const stopping = blocking(contestReconciliation(db, contestId));
        if (stopping.length > 0) return fail('RECONCILIATION_FAILS', { reason: rulesInWords(stopping) });
        closeCounting(db, contestId, user.id, now());
        return { done: true as const };
      });
    },
  };
}
