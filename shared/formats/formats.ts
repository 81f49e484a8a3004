import { campaignFileSchema } from '../campaigns/campaignFile';
import { ballotLineSchema } from '../counting/ballotLines';
import {
  deskKitContentSchema,
  deskKitFileSchema,
  deskPackageContentSchema,
  deskPackageFileSchema,
  sealedDeskPackageSchema,
} from '../desks/deskKit';
import { canonicalResultSchema } from '../results/canonicalResult';
import { resultPackageSchema } from '../results/resultPackage';
import { tallyJsonSchema } from '../results/resultSchemas';
import { signerRegisterFileSchema } from '../results/signerRegister';
import { z } from '../schema/z';

/**
 * Every file the app exchanges with other programs, by the name of its JSON Schema in this folder
 * (`<name>.schema.json`): generated from the same zod schemas the core validates with, so the
 * documentation cannot drift from the code (test/shared/formats.test.ts compares them).
 */
export const interchangeFormats = {
  /** One ballot per line of a `.jsonl` file: `ballots import`, electronic surveys, desk packages. */
  'ballot-line': { schema: ballotLineSchema, title: 'Kiểm phiếu — ballot line (JSON lines)' },
  /** A campaign's whole setup: `campaign export` and `campaign import`. */
  campaign: { schema: campaignFileSchema, title: 'Kiểm phiếu — campaign setup file' },
  /** `tally --json`: one contest, or a campaign's contests. */
  tally: { schema: tallyJsonSchema, title: 'Kiểm phiếu — tally JSON' },
  /** The sealed result package (`.kqkp.json`) a unit hands to the district. */
  'result-package': { schema: resultPackageSchema, title: 'Kiểm phiếu — sealed result package' },
  /** The district's register of trusted signers, carried from one year's vault to the next. */
  'signer-register': { schema: signerRegisterFileSchema, title: 'Kiểm phiếu — register of trusted signers' },
  /** The canonical result inside a package (`result.json`): what is digested and signed. */
  'canonical-result': { schema: canonicalResultSchema, title: 'Kiểm phiếu — canonical result' },
  /** The kit the main desk hands to another desk (`.bkp.json`): the signed file around the content. */
  'desk-kit': { schema: deskKitFileSchema, title: 'Kiểm phiếu — desk kit (signed file)' },
  /** The content of a desk kit: what the main desk's head signs. */
  'desk-kit-content': { schema: deskKitContentSchema, title: 'Kiểm phiếu — desk kit content' },
  /** What a desk hands back (`.gbp.json`): the signed file around its verified batches. */
  'desk-package': { schema: deskPackageFileSchema, title: 'Kiểm phiếu — desk package (signed file)' },
  'desk-package-sealed': {
    schema: sealedDeskPackageSchema,
    title: 'Kiểm phiếu — desk package as it travels (the signed file sealed with age)',
  },
  /** The content of a desk package: what the desk's head signs. */
  'desk-package-content': { schema: deskPackageContentSchema, title: 'Kiểm phiếu — desk package content' },
} as const;

export type InterchangeFormat = keyof typeof interchangeFormats;

/** The JSON Schema (draft 2020-12) of a format: what a file must look like to be accepted. */
export function jsonSchemaOf(name: InterchangeFormat): Record<string, unknown> {
  const { schema, title } = interchangeFormats[name];
  // The draft is said in words, not by its web address: nothing the app ships names a place on
  // the network (an offline validator is told the draft, as Ajv2020 is).
  const { $schema: _draftAddress, ...content } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  return {
    $id: `urn:kiem-phieu:format:${name}`,
    $comment: 'JSON Schema draft 2020-12',
    title,
    ...content,
  };
}
