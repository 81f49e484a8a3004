import { z } from '../schema/z';

export const resultPackageFormat = 'kiem-phieu/sealed-result@1';

/**
 * The sealed result package a unit hands to the district (one JSON file, `.kqkp.json`): the
 * canonical result exactly as digested and signed, its digest, the head's detached CMS signature
 * (DER, base64) and the signer's certificate (PEM). Everything needed to check it travels in it.
 */
export const resultPackageSchema = z
  .object({
    format: z.literal(resultPackageFormat),
    /** The canonical result JSON (RFC 8785), the signed bytes once UTF-8 encoded. */
    result: z.string().min(2),
    digest: z.string().regex(/^[0-9a-f]{64}$/),
    signature: z.base64().min(1),
    certificate: z.string().includes('-----BEGIN CERTIFICATE-----'),
  })
  .strict();
export type ResultPackage = z.infer<typeof resultPackageSchema>;

export const resultPackageExtension = '.kqkp.json';
