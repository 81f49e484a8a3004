import { languages } from '../i18n/language';
import { shells } from '../shells';
import { vaultStates } from '../vault';
import { defineCall, noInput } from './define';
import { z } from './zodSetup';

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

export const appCalls = {
  'app.info': defineCall({
    summary: 'Version, shell, data directory, vault state and chosen language.',
    input: noInput,
    output: appInfoSchema,
    access: 'public',
  }),
  'app.setLanguage': defineCall({
    summary: 'Choose the interface language; remembered for the next start.',
    input: z.object({ language: languageSchema }).strict(),
    output: z.object({ language: languageSchema }).strict(),
    access: 'public',
  }),
};
