import type { DeskPackageContent } from '../../shared/desks/deskKit';
import { fail, Failure } from '../../shared/errors';
import { formatDigest } from '../../shared/results/digestGroups';
import {
  getConference,
  getCounts,
  openCounting,
  saveConference,
  saveCounts,
  storeFirstKeying,
  storeImportedBatch,
} from '../counting';
import { sealState } from '../results';
import type { ProgressListener } from '../base/handlers';
import type { WritableDB } from '../vault';
import type { CheckedSigned } from './deskKitFile';
import { batchHere, recordDeskBatch, registeredDesk } from './deskStore';

const invalid = (vi: string, en: string) => fail('DESK_PACKAGE_INVALID', { reason: { vi, en } });

/**
 * Merges a checked desk package, all or nothing (the caller's transaction): only from the desk
 * registered for its kit, only for that kit's contests, each batch new here stored under its
 * desk's id — verified, or as its first keying when the paper is keyed again here — a batch
 * merged before passed over. Counts and conferences the desk
 * took down fill only what the main desk has not recorded itself.
 */
export function mergeDeskPackage(
  db: WritableDB,
  checked: CheckedSigned<DeskPackageContent>,
  by: string,
  now: string,
  report: ProgressListener = () => undefined,
) {
  const { content } = checked;
  const desk = registeredDesk(db, content.kitId);
  if (!desk || desk.fingerprint !== checked.signerFingerprint)
    return fail('DESK_NOT_REGISTERED', {
      signer: checked.signer,
      fingerprint: formatDigest(checked.signerFingerprint),
    });
  if (desk.campaignId !== content.campaignId)
    return invalid('gói không thuộc đợt lấy ý kiến của bộ dữ liệu', 'the package is not of its kit’s campaign');
  let merged = 0;
  let alreadyMerged = 0;
  let awaitingSecondEntry = 0;
  let ballots = 0;
  for (const [index, batch] of content.batches.entries()) {
    report(index, content.batches.length, 'mergeBatches');
    if (!desk.contestIds.has(batch.contestId))
      return invalid('có lô của phiếu không giao cho bàn phụ này', 'a batch is of a contest not given to this desk');
    const here = batchHere(db, batch.batchId);
    if (here === 'fromDesk') {
      alreadyMerged += 1;
      continue;
    }
    if (here === 'other') return invalid('mã lô trùng với một lô đã có', 'a batch id is one already used here');
    const open = openCounting(db, batch.contestId, sealState);
    if (open instanceof Failure) return open;
    if (desk.keyerId && batch.paperOrder !== true)
      return invalid(
        'bàn chính nhập lại phiếu giấy nhưng gói không giữ thứ tự phiếu đã nhập',
        'the main desk keys the paper again but the package does not keep the keyed order',
      );
    const lines = {
      contestId: batch.contestId,
      shape: open.shape,
      // Read and shape-checked once, with the package; checked against the contest here.
      lines: batch.ballots,
      fileName: `${content.deskName} — lô ${batch.number}`,
      label: `${content.deskName}: ${batch.label || `lô ${batch.number}`}`.slice(0, 100),
      id: batch.batchId,
    };
    // Verified here as at the desk, or only the first keying when the paper is keyed again here.
    const stored = desk.keyerId
      ? storeFirstKeying(db, { ...lines, keyerId: desk.keyerId, sessionId: content.kitId }, now)
      : storeImportedBatch(db, lines, now, undefined);
    if (stored instanceof Failure) return stored;
    if ('keyed' in stored) awaitingSecondEntry += 1;
    ballots += 'keyed' in stored ? stored.keyed : stored.imported;
    recordDeskBatch(
      db,
      { batchId: batch.batchId, kitId: content.kitId, keyings: batch.keyings, resolutions: batch.resolutions },
      by,
      now,
    );
    merged += 1;
  }
  report(content.batches.length, content.batches.length, 'mergeBatches');
  for (const { contestId, counts } of content.counts)
    if (desk.contestIds.has(contestId) && getCounts(db, contestId) === null) saveCounts(db, contestId, counts, now);
  for (const { unitId, conference } of content.conferences)
    if (getConference(db, unitId) === null) saveConference(db, unitId, conference, now);
  return { deskName: content.deskName, merged, awaitingSecondEntry, alreadyMerged, ballots };
}
