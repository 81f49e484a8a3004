import { idSchema } from '../schema/common';
import { z } from '../schema/z';

/**
 * What is left to do, per role: the setup gaps an administrator closes, the desk's open work
 * for the head and the counters, results to seal and sign, and the backup folder.
 */
export const nextStepKinds = [
  'noHead',
  'tooFewCounters',
  'campaignWithoutUnits',
  'campaignWithoutContests',
  'backupFolderUnset',
  'conferencesMissing',
  'countsMissing',
  'batchesToKey',
  'keyingsToFinish',
  'differencesToSettle',
  'readyToClose',
  'resultsToSeal',
  'resultsToSign',
] as const;
export type NextStepKind = (typeof nextStepKinds)[number];

export const nextStepSchema = z
  .object({
    kind: z.enum(nextStepKinds),
    /** How many units, batches, contests… the step is about (1 for a yes-or-no step). */
    count: z.number().int().min(1),
    /** The campaign it belongs to; null for the vault's own steps (users, backups). */
    campaignId: idSchema.nullable(),
    campaignName: z.string().nullable(),
  })
  .strict();
export type NextStep = z.infer<typeof nextStepSchema>;
