import { campaignFileSchema } from '../campaigns/campaignFile';
import { idSchema } from '../schema/common';
import { z } from '../schema/z';

/**
 * A desk kit: what the main desk ("bàn chính") hands to another workstation ("bàn phụ") so it
 * can key part of a campaign — the campaign's setup restricted to the contests assigned to that
 * desk (templates as they are), the desk's name and the fingerprint of the desk's own signing
 * certificate, which the main desk registered and will require on the desk's packages.
 */
export const deskKitFormat = 'kiem-phieu/desk-kit@1';

export const deskKitContentSchema = z
  .object({
    format: z.literal(deskKitFormat),
    kitId: idSchema,
    deskName: z.string().min(1).max(200),
    /** SHA-256 of the desk's certificate, lower-case hex. */
    deskFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    issuedAt: z.string(),
    campaign: campaignFileSchema,
  })
  .strict();
export type DeskKitContent = z.infer<typeof deskKitContentSchema>;

/**
 * The kit as a file (`.bkp.json`): the content's canonical JSON (RFC 8785) exactly as signed, the
 * main desk head's detached CMS signature over its UTF-8 bytes (DER, base64) and their
 * certificate (PEM) — checkable with `openssl cms -verify -binary -inform DER -noverify`.
 */
export const deskKitFileSchema = z
  .object({
    format: z.literal('kiem-phieu/desk-kit-file@1'),
    content: z.string().min(2),
    signature: z.base64().min(1),
    certificate: z.string().includes('-----BEGIN CERTIFICATE-----'),
  })
  .strict();
export type DeskKitFile = z.infer<typeof deskKitFileSchema>;

export const deskKitExtension = '.bkp.json';

/** A desk the main desk registered by making its kit. */
export const registeredDeskSchema = z
  .object({
    kitId: idSchema,
    campaignId: idSchema,
    deskName: z.string(),
    fingerprint: z.string(),
    contestIds: z.array(idSchema),
    createdAt: z.string(),
  })
  .strict();
export type RegisteredDesk = z.infer<typeof registeredDeskSchema>;
