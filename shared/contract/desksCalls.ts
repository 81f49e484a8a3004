import { deskListEntrySchema, openedKitSchema } from '../desks/deskStatus';
import { access } from '../access';
import { idSchema } from '../schema/common';
import { z } from '../schema/z';
import { defineCall } from './define';

/** Several desks, one campaign: kits out to the desks, packages back (merged at the main desk next). */
export const desksCalls = {
  'desks.makeKit': defineCall({
    summary:
      'The main desk registers a desk (its name and certificate fingerprint, read from its screen) for some ' +
      'contests of an open campaign, and makes its kit: the setup of those contests, signed by the head.',
    input: z
      .object({
        campaignId: idSchema,
        deskName: z.string().trim().min(1).max(200),
        deskFingerprint: z.string().max(200),
        contestIds: z.array(idSchema).min(1).max(10_000),
        passphrase: z.string().min(1).max(500),
        secondEntryAtMain: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ kitId: idSchema, fileName: z.string(), contentBase64: z.string() }).strict(),
    access: access.headOnly,
    errors: [
      'CERTIFICATE_NOT_VALID_NOW',
      'COUNTING_NOT_OPEN',
      'DESK_CONTESTS_INVALID',
      'NOT_FOUND',
      'NO_SIGNING_IDENTITY',
      'SIGNER_FINGERPRINT_INVALID',
      'SIGNING_PASSPHRASE_WRONG',
    ],
  }),
  'desks.list': defineCall({
    summary: 'The desks registered for a campaign, with their fingerprints, contests and what was merged from each.',
    input: z.object({ campaignId: idSchema }).strict(),
    output: z.array(deskListEntrySchema),
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'desks.openedKit': defineCall({
    summary:
      'At a desk, the kit its campaign was opened from (desk name, the main head’s fingerprint) and its last ' +
      'package; null at the main desk.',
    input: z.object({ campaignId: idSchema }).strict(),
    output: openedKitSchema.nullable(),
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
  'desks.exportPackage': defineCall({
    summary:
      'At a desk, the head exports the desk package: every verified batch of the campaign (keyings’ figures, ' +
      'settled differences, ballots), counts and conferences, signed with the desk head’s own certificate.',
    input: z.object({ campaignId: idSchema, passphrase: z.string().min(1).max(500) }).strict(),
    output: z
      .object({ fileName: z.string(), contentBase64: z.string(), batches: z.number().int(), ballots: z.number().int() })
      .strict(),
    access: access.headOnly,
    errors: ['CERTIFICATE_NOT_VALID_NOW', 'NOT_FOUND', 'NO_SIGNING_IDENTITY', 'SIGNING_PASSPHRASE_WRONG'],
  }),
  'desks.mergePackage': defineCall({
    summary:
      'At the main desk, the head merges a desk package: signed by the desk registered for its kit, its contests ' +
      'those of the kit; each batch new here becomes a verified batch marked with its desk, all or nothing. A batch ' +
      'merged before is passed over and said so. A desk registered for a second entry at the main desk sends ' +
      'first keyings only: the paper is keyed again here and differences settled as usual.',
    input: z.object({ contentBase64: z.base64().max(200_000_000) }).strict(),
    output: z
      .object({
        deskName: z.string(),
        merged: z.number().int(),
        /** Of those merged, the batches stored as a first keying: the paper is to be keyed again here. */
        awaitingSecondEntry: z.number().int(),
        alreadyMerged: z.number().int(),
        ballots: z.number().int(),
      })
      .strict(),
    access: access.headOnly,
    errors: [
      'BALLOTS_ALREADY_STORED',
      'CONTEST_SEALED',
      'COUNTING_CLOSED',
      'COUNTING_NOT_OPEN',
      'DESK_NOT_REGISTERED',
      'DESK_PACKAGE_INVALID',
      'LINES_INVALID',
      'MACHINE_ONLINE',
    ],
  }),
  'desks.openKit': defineCall({
    summary:
      'A desk opens its kit: the signature is checked against the main desk head’s fingerprint as typed from ' +
      'their screen or paper, then the campaign’s setup for its contests is created here, all or nothing.',
    input: z.object({ contentBase64: z.base64().max(70_000_000), mainFingerprint: z.string().max(200) }).strict(),
    output: z.object({ campaignId: idSchema, kitId: idSchema, contests: z.number().int() }).strict(),
    access: access.adminOnly,
    errors: ['CAMPAIGN_EXISTS', 'CAMPAIGN_FILE_INVALID', 'DESK_KIT_INVALID', 'SIGNER_FINGERPRINT_INVALID'],
  }),
};
