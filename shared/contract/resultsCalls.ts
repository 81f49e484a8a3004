import { receivedCampaignSchema, receivedCampaignSummarySchema } from '../results/receivedResults';
import {
  packageVerificationSchema,
  campaignResultsSchema,
  exportFormatSchema,
  packageInspectionSchema,
  contestTallySchema,
  privacySchema,
  sealRecordSchema,
} from '../results/resultSchemas';
import { ballotSourcesSchema } from '../results/ballotSources';
import { receivedPackageSchema, trustedSignerSchema } from '../results/signerRegister';
import { idSchema } from '../schema/common';
import { contestCountsSchema } from '../counting/countingSchemas';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

const contestId = z.object({ contestId: idSchema }).strict();
const campaignId = z.object({ campaignId: idSchema }).strict();

/** Tallies and aggregates, recounted from the verified ballots, and their exports. */
export const tallyCalls = {
  'results.tally': defineCall({
    summary:
      'The tally of one contest, recomputed from its verified ballots, with what privacy asks and the ballots by ' +
      'source (paper, electronic, total) — beside the tally, never in the sealed result.',
    input: contestId,
    output: z
      .object({
        tally: contestTallySchema,
        privacy: privacySchema,
        seal: sealRecordSchema.nullable(),
        sources: ballotSourcesSchema,
      })
      .strict(),
    access: access.recordReaders,
    errors: ['NOT_SEALED', 'NOT_FOUND', 'RESULTS_NOT_READY'],
  }),
  'results.versions': defineCall({
    summary:
      'Every sealed version of a contest’s result, oldest first — the seal and each amendment with the tally it ' +
      'sealed — so an amended result is always shown beside the one it replaced.',
    input: contestId,
    output: z
      .object({
        versions: z.array(
          z.object({ record: sealRecordSchema, tally: contestTallySchema, privacy: privacySchema }).strict(),
        ),
      })
      .strict(),
    access: access.recordReaders,
    errors: ['NOT_FOUND'],
  }),
  'results.campaign': defineCall({
    summary: 'Aggregates of a campaign: by contest, unit, unit type and district; top and bottom criteria; ranking.',
    input: campaignId,
    output: campaignResultsSchema,
    access: access.recordReaders,
    errors: ['NOT_FOUND'],
  }),
  'results.history': defineCall({
    summary: 'The same person in the same unit across campaigns (year over year).',
    input: contestId,
    output: z
      .object({
        rows: z.array(
          z
            .object({
              campaignName: z.string(),
              year: z.number().int(),
              contestId: idSchema,
              /** Null when that year's contest was under the score floor. */
              goodOrBetter: z.number().int().nullable(),
              lowShare: z.number().int().nullable(),
              prestigeLowShare: z.number().int().nullable(),
              validBallots: z.number().int(),
            })
            .strict(),
        ),
      })
      .strict(),
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'RESULTS_NOT_READY'],
  }),
  'results.comments': defineCall({
    summary: 'Notes and other comments verbatim, in a shuffled order; withheld below the free-text floor.',
    input: contestId,
    output: z
      .object({
        withheld: z.boolean(),
        textFloor: z.number().int(),
        notes: z.array(z.object({ criterion: z.number().int(), text: z.string() }).strict()),
        other: z.array(z.string()),
      })
      .strict(),
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'RESULTS_NOT_READY'],
  }),
  'results.export': defineCall({
    summary: 'Every table shown for a campaign, as CSV (one table) or XLSX (one sheet per view).',
    input: z
      .object({
        campaignId: idSchema,
        view: z.enum(['contests', 'criteria', 'prestige', 'byUnit', 'byUnitType', 'ranking', 'all']),
        format: exportFormatSchema,
      })
      .strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: access.adminOrHead,
    errors: ['NOT_FOUND'],
  }),
};

/** Sealing, signed amendments, the head's signature. */
export const sealCalls = {
  'results.seal': defineCall({
    summary: 'Seals a contest whose counting is closed: freezes it and records the canonical result and its digest.',
    input: z.object({ contestId: idSchema, envelopeSeal: z.string().trim().min(1).max(50) }).strict(),
    output: sealRecordSchema,
    access: access.headOnly,
    errors: ['ALREADY_SEALED', 'COUNTING_NOT_CLOSED', 'MACHINE_ONLINE', 'NOT_FOUND', 'SEAL_RECONCILIATION_FAILS'],
  }),
  'results.amend': defineCall({
    summary:
      'An amendment after sealing: a new record with a reason that references the previous digest. It may correct ' +
      'the counting record (slips issued, returned …) against the frozen ballots, re-checked by reconciliation, or ' +
      'the envelope seal number; it is unsigned until the head signs it.',
    input: z
      .object({
        contestId: idSchema,
        reason: z.string().trim().min(10).max(2000),
        counts: contestCountsSchema.optional(),
        envelopeSeal: z.string().trim().min(1).max(50).optional(),
      })
      .strict(),
    output: sealRecordSchema,
    access: access.headOnly,
    errors: ['MACHINE_ONLINE', 'NOT_FOUND', 'NOT_SEALED', 'SEAL_RECONCILIATION_FAILS'],
  }),
  'results.seals': defineCall({
    summary: 'The seal and amendments of a contest, oldest first.',
    input: contestId,
    output: z.object({ records: z.array(sealRecordSchema) }).strict(),
    access: access.recordReaders,
    errors: ['NOT_FOUND'],
  }),
  'results.canonical': defineCall({
    summary: 'The canonical result of a seal record (the exact bytes that were digested and signed).',
    input: z.object({ sealId: idSchema }).strict(),
    output: z.object({ json: z.string(), digest: z.string() }).strict(),
    access: access.recordReaders,
    errors: ['NOT_FOUND'],
  }),
  'results.sign': defineCall({
    summary: 'The head signs a seal record: a detached CMS (PKCS#7) signature over the canonical result.',
    input: z.object({ sealId: idSchema, passphrase: z.string().min(1).max(500) }).strict(),
    output: z.object({ signed: z.literal(true) }).strict(),
    access: access.headOnly,
    errors: [
      'SIGNING_PASSPHRASE_WRONG',
      'ALREADY_SIGNED',
      'CERTIFICATE_NOT_VALID_NOW',
      'MACHINE_ONLINE',
      'NOT_FOUND',
      'NO_SIGNING_IDENTITY',
    ],
  }),
};

/** Sealed result packages: made at the unit, checked and accepted at the district. */
export const packageCalls = {
  'results.verifyPackage': defineCall({
    summary:
      'Checks a sealed result package without the vault (format, digest, signature) and returns what it holds, ' +
      'with the three parts openssl verifies.',
    input: z.object({ content: z.string().min(1).max(20_000_000) }).strict(),
    output: packageVerificationSchema,
    access: access.everyone,
    errors: ['PACKAGE_INVALID'],
  }),
  'results.exportPackage': defineCall({
    summary: 'The sealed result package of a signed seal record: result, signature and certificate.',
    input: z.object({ sealId: idSchema }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: access.recordReaders,
    errors: ['NOT_FOUND', 'NOT_SIGNED'],
  }),
  'results.inspectPackage': defineCall({
    summary: 'Reads a sealed result package at the district: checks the signature and hides two digest groups.',
    input: z.object({ contentBase64: z.string().min(1).max(20_000_000) }).strict(),
    output: packageInspectionSchema,
    access: access.adminOrHead,
    errors: ['PACKAGE_INVALID', 'SIGNER_NOT_TRUSTED'],
  }),
  'results.acceptPackage': defineCall({
    summary: 'Accepts an inspected package once the two hidden digest groups are typed from the paper minutes.',
    input: z
      .object({
        contentBase64: z.string().min(1).max(20_000_000),
        hidden: z.array(z.number().int()).length(2),
        typed: z.array(z.string().trim().max(20)).length(2),
      })
      .strict(),
    output: z.object({ accepted: z.literal(true), digest: z.string() }).strict(),
    access: access.adminOrHead,
    errors: [
      'DIGEST_GROUPS_WRONG',
      'PACKAGE_ALREADY_RECEIVED',
      'PACKAGE_INVALID',
      'PACKAGE_NOT_INSPECTED',
      'SIGNER_NOT_TRUSTED',
    ],
  }),
};

/** The district's register of trusted signers, and the packages it has received. */
export const signerCalls = {
  'results.listTrustedSigners': defineCall({
    summary: 'The signers whose packages the district receives, by certificate fingerprint.',
    input: z.object({}).strict(),
    output: z.object({ signers: z.array(trustedSignerSchema) }).strict(),
    access: access.adminOrHead,
    errors: [],
  }),
  'results.trustSigner': defineCall({
    summary: "Adds a signer to the register: the certificate fingerprint typed from the unit's paper minutes.",
    input: z
      .object({
        name: z.string().trim().min(1).max(300),
        fingerprint: z.string().max(200),
        note: z.string().trim().max(500).default(''),
      })
      .strict(),
    output: z.object({ fingerprint: z.string() }).strict(),
    access: access.adminOrHead,
    errors: ['SIGNER_FINGERPRINT_INVALID', 'SIGNER_ALREADY_TRUSTED'],
  }),
  'results.distrustSigner': defineCall({
    summary: 'Takes a signer off the register; packages received from it stay on record.',
    input: z.object({ fingerprint: z.string().max(200) }).strict(),
    output: z.object({ removed: z.literal(true) }).strict(),
    access: access.adminOrHead,
    errors: ['SIGNER_FINGERPRINT_INVALID', 'NOT_FOUND'],
  }),
  'results.exportSignerRegister': defineCall({
    summary: "The register as a file, for next year's vault or another desk.",
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: access.adminOrHead,
    errors: [],
  }),
  'results.importSignerRegister': defineCall({
    summary: 'Adds the signers of a register file (a previous year’s); those already trusted are kept as they are.',
    input: z.object({ contentBase64: z.string().min(1).max(5_000_000) }).strict(),
    output: z.object({ added: z.number().int(), alreadyTrusted: z.number().int() }).strict(),
    access: access.adminOrHead,
    errors: ['SIGNER_REGISTER_INVALID'],
  }),
  'results.listReceivedPackages': defineCall({
    summary: 'The packages received at the district, newest first, withdrawn ones included.',
    input: z.object({}).strict(),
    output: z.object({ packages: z.array(receivedPackageSchema) }).strict(),
    access: access.adminOrHead,
    errors: [],
  }),
  'results.receivedCampaigns': defineCall({
    summary: 'The campaigns the district knows from the sealed result packages it accepted.',
    input: z.object({}).strict(),
    output: z.array(receivedCampaignSummarySchema),
    access: access.recordReaders,
    errors: [],
  }),
  'results.receivedCampaign': defineCall({
    summary: 'A received campaign: its aggregates over the results received, and where each came from.',
    input: z.object({ campaignId: idSchema }).strict(),
    output: receivedCampaignSchema,
    access: access.recordReaders,
    errors: ['NOT_FOUND'],
  }),
  'results.withdrawPackage': defineCall({
    summary:
      'Withdraws a received package (audited, with the reason): it counts for nothing and the result may be received again.',
    input: z.object({ receivedId: idSchema, reason: z.string().trim().min(1).max(500) }).strict(),
    output: z.object({ withdrawn: z.literal(true) }).strict(),
    access: access.adminOrHead,
    errors: ['NOT_FOUND', 'PACKAGE_ALREADY_WITHDRAWN'],
  }),
};

export const resultsCalls = { ...tallyCalls, ...sealCalls, ...packageCalls, ...signerCalls };
