import { idSchema } from '../campaigns/campaignSchemas';
import { defineCall } from './define';
import { z } from './zodSetup';

const headOnly = ['head'] as const;

export const signingIdentitySchema = z
  .object({
    name: z.string(),
    post: z.string(),
    /** Subject and issuer as one line each, as a district officer would read them. */
    subject: z.string(),
    issuer: z.string(),
    selfSigned: z.boolean(),
    notBefore: z.string(),
    notAfter: z.string(),
    /** SHA-256 fingerprint of the certificate (DER), hex in groups of four. */
    fingerprint: z.string(),
    certificatePem: z.string(),
  })
  .strict();
export type SigningIdentity = z.infer<typeof signingIdentitySchema>;

/** What a district officer sees of a package before typing the hidden digest groups. */
export const packageInspectionSchema = z
  .object({
    contestId: idSchema,
    campaignName: z.string(),
    unitName: z.string(),
    subjectName: z.string(),
    sequence: z.number().int(),
    signatureValid: z.boolean(),
    signer: z.string(),
    /** SHA-256 of the signer's certificate in groups of four, to compare with the one on record. */
    fingerprint: z.string(),
    signedAt: z.string().nullable(),
    envelopeSeal: z.string(),
    /** An amendment's reason (null for the seal). */
    reason: z.string().nullable(),
    /** The digest in groups of four, with the groups the operator must type replaced by null. */
    digestGroups: z.array(z.string().nullable()),
    /** 0-based positions of the two hidden groups. */
    hidden: z.array(z.number().int()).length(2),
  })
  .strict();

export const signingCalls = {
  'signing.identity': defineCall({
    summary: "The signed-in head's signing identity (certificate only; the key never leaves the vault).",
    input: z.object({}).strict(),
    output: z.object({ identity: signingIdentitySchema.nullable() }).strict(),
    access: headOnly,
  }),
  'signing.generate': defineCall({
    summary: 'A new RSA key and self-signed X.509 certificate with the head’s name and post.',
    input: z.object({ name: z.string().trim().min(2).max(200), post: z.string().trim().min(2).max(200) }).strict(),
    output: signingIdentitySchema,
    access: headOnly,
  }),
  'signing.importPkcs12': defineCall({
    summary: 'Imports a key and certificate from a PKCS#12 (.p12/.pfx) file issued by a certificate authority.',
    input: z.object({ fileBase64: z.string().min(1).max(200_000), password: z.string().max(500) }).strict(),
    output: signingIdentitySchema,
    access: headOnly,
  }),
  'signing.sign': defineCall({
    summary: 'The head signs a seal record: a detached CMS (PKCS#7) signature over the canonical result.',
    input: z.object({ sealId: idSchema }).strict(),
    output: z.object({ signed: z.literal(true) }).strict(),
    access: headOnly,
  }),
  'package.export': defineCall({
    summary: 'The sealed result package of a signed seal record: result, signature and certificate.',
    input: z.object({ sealId: idSchema }).strict(),
    output: z.object({ fileName: z.string(), contentBase64: z.string() }).strict(),
    access: ['head', 'admin', 'archivist'],
  }),
  'package.inspect': defineCall({
    summary: 'Reads a sealed result package at the district: checks the signature and hides two digest groups.',
    input: z.object({ contentBase64: z.string().min(1).max(20_000_000) }).strict(),
    output: packageInspectionSchema,
    access: ['admin', 'head'],
  }),
  'package.accept': defineCall({
    summary: 'Accepts an inspected package once the two hidden digest groups are typed from the paper minutes.',
    input: z
      .object({
        contentBase64: z.string().min(1).max(20_000_000),
        hidden: z.array(z.number().int()).length(2),
        typed: z.array(z.string().trim().max(20)).length(2),
      })
      .strict(),
    output: z.object({ accepted: z.literal(true), digest: z.string() }).strict(),
    access: ['admin', 'head'],
  }),
};
