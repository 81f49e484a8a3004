import { access } from '../access';
import {
  castInputSchema,
  issuedCodesSchema,
  kioskBallotPaperSchema,
  kioskStatusSchema,
  lanAddressesSchema,
  lanPortSchema,
  lanStatusSchema,
  maxCodesPerIssue,
  typedCodeSchema,
} from '../kiosk/kioskSchemas';
import { doneSchema, idSchema } from '../schema/common';
import { z } from '../schema/z';
import { defineCall } from './define';

const unit = { unitId: idSchema };
/** Every contest of the conference must still be open to counting. */
const countingRefusals = ['CONTEST_SEALED', 'COUNTING_CLOSED', 'COUNTING_NOT_OPEN'] as const;

/**
 * The voting kiosk (issue 19, point 1): one-time codes printed on slips and handed out like paper
 * ballots; at the kiosk a code opens the unit's forms once, and casting burns it. The ballots wait,
 * without time or order, until the head closes the kiosk: then they become one batch per contest.
 * A wrong, used or foreign code gets one and the same refusal, so the kiosk is no oracle.
 */
export const kioskCalls = {
  'kiosk.issueCodes': defineCall({
    summary:
      'Make N one-time codes for a conference’s kiosk, shown once for printing on slips (the vault keeps digests).',
    input: z.object({ ...unit, count: z.number().int().min(1).max(maxCodesPerIssue) }).strict(),
    output: issuedCodesSchema,
    access: access.headOnly,
    errors: ['NOT_FOUND', ...countingRefusals, 'KIOSK_CLOSED'],
  }),
  'kiosk.status': defineCall({
    summary: 'A conference’s kiosk: codes issued and used, the sheets printed, whether it is closed.',
    input: z.object(unit).strict(),
    output: kioskStatusSchema,
    access: access.deskViewers,
    errors: ['NOT_FOUND'],
  }),
  'kiosk.ballotPaper': defineCall({
    summary: 'With a live code of this conference: the unit’s forms, one person after another. Burns nothing.',
    input: z.object({ ...unit, code: typedCodeSchema }).strict(),
    output: kioskBallotPaperSchema,
    access: access.counting,
    errors: ['NOT_FOUND', ...countingRefusals, 'KIOSK_CODE_INVALID', 'KIOSK_CLOSED'],
  }),
  'kiosk.cast': defineCall({
    summary: 'Cast one voter’s ballots (one per person assessed) with a live code, which is burned with them.',
    input: castInputSchema,
    output: doneSchema,
    access: access.counting,
    errors: ['NOT_FOUND', ...countingRefusals, 'KIOSK_CODE_INVALID', 'KIOSK_CLOSED', 'BALLOT_INVALID'],
  }),
  'kiosk.close': defineCall({
    summary: 'Close a conference’s kiosk: the ballots cast become one verified batch per contest, shuffled.',
    input: z.object(unit).strict(),
    output: kioskStatusSchema,
    access: access.headOnly,
    errors: ['NOT_FOUND', ...countingRefusals, 'KIOSK_CLOSED'],
  }),
  'kiosk.lanAddresses': defineCall({
    summary: 'The addresses of this machine’s network interfaces, to choose where the hall’s phones may vote.',
    input: z.object({}).strict(),
    output: lanAddressesSchema,
    access: access.headOnly,
    errors: [],
  }),
  'kiosk.openLan': defineCall({
    summary:
      'Let phones on the hall’s own network vote for a conference: an HTTPS listener on one chosen address serving only the casting page and its two calls, with the conference’s certificate.',
    input: z.object({ ...unit, address: z.string().min(1).max(64), port: lanPortSchema }).strict(),
    output: lanStatusSchema,
    access: access.headOnly,
    // A page cannot open a listener for a process that ends with it: only the app's own windows.
    shells: ['electron', 'browser'],
    errors: [
      'NOT_FOUND',
      ...countingRefusals,
      'KIOSK_CLOSED',
      'KIOSK_LAN_ADDRESS',
      'KIOSK_LAN_BUSY',
      'KIOSK_LAN_UNAVAILABLE',
    ],
  }),
  'kiosk.closeLan': defineCall({
    summary: 'Close the hall network’s listener: phones can no longer reach the app.',
    input: z.object(unit).strict(),
    output: lanStatusSchema,
    access: access.headOnly,
    errors: ['NOT_FOUND'],
  }),
  'kiosk.lanStatus': defineCall({
    summary: 'Whether phones may vote, for which conference, where, and the conference certificate’s fingerprint.',
    input: z.object(unit).strict(),
    output: lanStatusSchema,
    access: access.deskViewers,
    errors: ['NOT_FOUND'],
  }),
} as const;
