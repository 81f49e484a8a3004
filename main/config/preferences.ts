import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLanguage, type Language } from '../../shared/i18n/language';
import { languageSchema } from '../../shared/app/appSchemas';
import { z } from '../../shared/schema/z';
import { ensurePrivateDirectory, writeFileAtomically } from '../base/privateFiles';

/** Workstation preferences that hold nothing secret, kept outside the vault so they apply before unlocking. */
const preferencesSchema = z.object({ language: languageSchema.default(defaultLanguage) });
export type Preferences = z.infer<typeof preferencesSchema>;

export interface PreferencesStore {
  read(): Preferences;
  setLanguage(language: Language): Preferences;
}

export function preferencesFile(dataDirectory: string): string {
  return join(dataDirectory, 'preferences.json');
}

export function createPreferencesStore(dataDirectory: string): PreferencesStore {
  const path = preferencesFile(dataDirectory);

  function read(): Preferences {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return preferencesSchema.parse({});
    }
    // A damaged preferences file must not stop the app: fall back to the defaults.
    try {
      const parsed = preferencesSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : preferencesSchema.parse({});
    } catch {
      return preferencesSchema.parse({});
    }
  }

  function setLanguage(language: Language): Preferences {
    const next = { ...read(), language };
    ensurePrivateDirectory(dataDirectory);
    writeFileAtomically(path, `${JSON.stringify(next, null, 2)}\n`);
    return next;
  }

  return { read, setLanguage };
}
