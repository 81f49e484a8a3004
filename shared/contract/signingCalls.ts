import { signingIdentitySchema } from '../signing/signingSchemas';
import { access } from '../access';
import { defineCall } from './define';
import { z } from '../schema/z';

/**
 * The head's own signing passphrase: it seals the signing key and is typed at every signing. It
 * is not a vault password; forgotten, it means a new identity (the old certificate stays valid).
 */
const signingPassphraseSchema = z.string().min(10).max(500);

export const signingCalls = {
  'signing.identity': defineCall({
    summary: "The signed-in head's signing identity (certificate only; the key never leaves the vault).",
    input: z.object({}).strict(),
    output: z.object({ identity: signingIdentitySchema.nullable() }).strict(),
    access: access.headOnly,
    errors: [],
  }),
  'signing.generate': defineCall({
    summary: 'A new RSA key and self-signed X.509 certificate with the head’s name and post.',
    input: z
      .object({
        name: z.string().trim().min(2).max(200),
        post: z.string().trim().min(2).max(200),
        passphrase: signingPassphraseSchema,
      })
      .strict(),
    output: signingIdentitySchema,
    access: access.headOnly,
    errors: [],
  }),
  'signing.importPkcs12': defineCall({
    summary: 'Imports a key and certificate from a PKCS#12 (.p12/.pfx) file issued by a certificate authority.',
    input: z
      .object({
        fileBase64: z.string().min(1).max(200_000),
        password: z.string().max(500),
        passphrase: signingPassphraseSchema,
      })
      .strict(),
    output: signingIdentitySchema,
    access: access.headOnly,
    errors: ['CERTIFICATE_NOT_VALID_NOW', 'PKCS12_NO_KEY', 'PKCS12_UNREADABLE', 'PKCS12_WRONG_PASSWORD'],
  }),
};
