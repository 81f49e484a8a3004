import { campaignStatusLabels, type CampaignStatus } from '../../shared/campaigns/campaignSchemas';
import { ballotShapeOf, type BallotShape } from '../../shared/counting/ballot';
import { fail, type Failure } from '../../shared/errors';
import { templateContentSchema, type TemplateContent } from '../../shared/templates/templateContent';
import { contestContext, type ContestContext } from '../campaigns';
import type { ReadableDB } from '../vault';
import type { BatchRow } from './batchStore';
import { isCountingClosed } from './countsStore';

export interface CountingContext extends ContestContext {
  readonly form: TemplateContent;
  readonly shape: BallotShape;
}

/**
 * Whether results/ has sealed a contest: counting asks, results answers. The core hands it in,
 * so counting (which results builds on) never imports results.
 */
export interface SealState {
  isContestSealed(db: ReadableDB, contestId: string): boolean;
  isUnitSealed(db: ReadableDB, unitId: string): boolean;
}

export type CountingRefusal = Failure<'CONTEST_SEALED' | 'COUNTING_NOT_OPEN' | 'COUNTING_CLOSED'>;

/** Counting happens while the campaign is open or counting, and never after a contest is closed or sealed. */
export function openCounting(db: ReadableDB, contestId: string, seals: SealState): CountingContext | CountingRefusal {
  const context = contestContext(db, contestId);
  // A sealed result changes only through a signed amendment (results.amend), never here.
  if (seals.isContestSealed(db, contestId)) return fail('CONTEST_SEALED');
  if (context.campaignStatus !== 'open' && context.campaignStatus !== 'counting') {
    return fail('COUNTING_NOT_OPEN', { status: campaignStatusLabels[context.campaignStatus as CampaignStatus] });
  }
  if (isCountingClosed(db, contestId)) return fail('COUNTING_CLOSED');
  const form = templateContentSchema.parse(JSON.parse(context.content));
  return { ...context, form, shape: ballotShapeOf(form) };
}

/**
 * Counting of one batch. A batch keyed for a correction after sealing is keyed, compared and
 * settled while its correction is pending, whatever the seal and the campaign say: the
 * correction is the one way a sealed result changes, and its ballots count only at its end.
 */
export function openBatchCounting(
  db: ReadableDB,
  batch: Pick<BatchRow, 'contestId' | 'correctionState'>,
  seals: SealState,
): CountingContext | CountingRefusal {
  if (batch.correctionState === null) return openCounting(db, batch.contestId, seals);
  if (batch.correctionState !== 'pending') return fail('CONTEST_SEALED');
  const context = contestContext(db, batch.contestId);
  const form = templateContentSchema.parse(JSON.parse(context.content));
  return { ...context, form, shape: ballotShapeOf(form) };
}
