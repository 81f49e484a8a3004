import { languages } from '../i18n/language';
import { shells } from '../shells';
import { vaultStates } from '../vault/vaultStates';
import { z } from '../schema/z';
export const languageSchema = z.enum(languages);

export const appInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    shell: z.enum(shells),
    dataDirectory: z.string(),
    vaultState: z.enum(vaultStates),
    language: languageSchema,
    platform: z.string(),
    runtime: z.string(),
  })
  .strict();

export type AppInfo = z.infer<typeof appInfoSchema>;
