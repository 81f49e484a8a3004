import { errorTexts as enErrors } from './en/errors';
import { coreTexts as enCore } from './en/core';
import { cliTexts as enCli } from './en/cli';
import { appTexts as enApp } from './en/app';
import { sessionTexts as enSession } from './en/session';
import { administrationTexts as enAdministration } from './en/administration';
import { campaignsTexts as enCampaigns } from './en/campaigns';
import { countingTexts as enCounting } from './en/counting';
import { resultsTexts as enResults } from './en/results';
import { backupTexts as enBackup } from './en/backup';
import { ratingsTexts as enRatings } from './en/ratings';
import { plansTexts as enPlans } from './en/plans';
import { remediationTexts as enRemediation } from './en/remediation';
import { kioskTexts as enKiosk } from './en/kiosk';
import { keyingAuditTexts as enKeyingAudit } from './en/keyingAudit';
import { correctionsTexts as enCorrections } from './en/corrections';
import { fieldTexts as enFields } from './en/fields';
import { errorTexts as viErrors } from './vi/errors';
import { coreTexts as viCore } from './vi/core';
import { cliTexts as viCli } from './vi/cli';
import { appTexts as viApp } from './vi/app';
import { sessionTexts as viSession } from './vi/session';
import { administrationTexts as viAdministration } from './vi/administration';
import { campaignsTexts as viCampaigns } from './vi/campaigns';
import { countingTexts as viCounting } from './vi/counting';
import { resultsTexts as viResults } from './vi/results';
import { backupTexts as viBackup } from './vi/backup';
import { ratingsTexts as viRatings } from './vi/ratings';
import { plansTexts as viPlans } from './vi/plans';
import { remediationTexts as viRemediation } from './vi/remediation';
import { kioskTexts as viKiosk } from './vi/kiosk';
import { keyingAuditTexts as viKeyingAudit } from './vi/keyingAudit';
import { correctionsTexts as viCorrections } from './vi/corrections';
import { fieldTexts as viFields } from './vi/fields';
import type { Bilingual, Language } from './language';
import { fillTemplate } from './template';
import type { Placeholders } from './translation';

type Sections = Readonly<Record<string, Readonly<Record<string, string>>>>;
type Intersection<Union> = (Union extends unknown ? (part: Union) => void : never) extends (whole: infer All) => void
  ? All
  : never;

/** One language's sections as one catalogue (keys never repeat across sections: each starts with its own). */
function catalogueOf<Of extends Sections>(sections: Of): Intersection<Of[keyof Of]> {
  return Object.assign({}, ...Object.values(sections)) as Intersection<Of[keyof Of]>;
}

/** The sections of each language: the errors, the core's and the command line's words, then each area of the screens. */
const vietnamese = {
  viErrors,
  viCore,
  viCli,
  viApp,
  viSession,
  viAdministration,
  viCampaigns,
  viCounting,
  viResults,
  viRatings,
  viPlans,
  viRemediation,
  viKiosk,
  viKeyingAudit,
  viCorrections,
  viBackup,
  viFields,
};
const english = {
  enErrors,
  enCore,
  enCli,
  enApp,
  enSession,
  enAdministration,
  enCampaigns,
  enCounting,
  enResults,
  enRatings,
  enPlans,
  enRemediation,
  enKiosk,
  enKeyingAudit,
  enCorrections,
  enBackup,
  enFields,
};
const vi = catalogueOf(vietnamese);
const en = catalogueOf(english);

export const sections = { vi: vietnamese, en: english } as const;

/**
 * One message catalogue per language (`vi/`, `en/`), for the screens, the core's errors and
 * the command line alike. Vietnamese is the reference: English has exactly its keys, and each
 * English text takes exactly the named values of its Vietnamese one (checked below by the
 * compiler, and by test/shared/messages.test.ts).
 */
export const catalogues = { vi, en } as const;

export type MessageKey = keyof typeof vi;

/** A named value: the same in every language, or given per language. */
export type MessageValue = string | number | Bilingual;

export type MessageParams<Key extends MessageKey> = {
  readonly [Name in Placeholders<(typeof vi)[Key]>]: MessageValue;
};

/**
 * No argument for a message without named values; its values, all of them, otherwise. For a key
 * chosen at run time among several, whichever of them the call fits.
 */
export type ParamsArgument<Key extends MessageKey> = Key extends MessageKey
  ? [Placeholders<(typeof vi)[Key]>] extends [never]
    ? [params?: Record<string, never>]
    : [params: MessageParams<Key>]
  : never;

type MismatchedPlaceholders = {
  [Key in MessageKey]: [Placeholders<(typeof vi)[Key]>] extends [Placeholders<(typeof en)[Key]>]
    ? [Placeholders<(typeof en)[Key]>] extends [Placeholders<(typeof vi)[Key]>]
      ? never
      : Key
    : Key;
}[MessageKey];

/** Fails to compile, naming the key, when an English text's named values differ from the Vietnamese. */
export const placeholdersAgree: [MismatchedPlaceholders] extends [never] ? true : MismatchedPlaceholders = true;

function fill(template: string, params: Readonly<Record<string, MessageValue>>, language: Language): string {
  return fillTemplate(template, (name) => {
    if (!Object.hasOwn(params, name)) return undefined;
    const value = params[name];
    return typeof value === 'object' ? value?.[language] : String(value);
  });
}

/** A message in one language, its named values put in. */
export function say<Key extends MessageKey>(language: Language, key: Key, ...[params]: ParamsArgument<Key>): string {
  return fill(catalogues[language][key], params ?? {}, language);
}

/** A message in every language, as it crosses the boundary. */
export function message<Key extends MessageKey>(key: Key, ...[params]: ParamsArgument<Key>): Bilingual {
  const values = params ?? {};
  return { vi: fill(vi[key], values, 'vi'), en: fill(en[key], values, 'en') };
}
