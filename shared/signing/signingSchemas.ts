import { z } from '../schema/z';
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
