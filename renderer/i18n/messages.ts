import type { Language } from '../../shared/i18n/language';
import { accessMessages } from './catalogue/access';
import { archiveMessages } from './catalogue/archive';
import { administrationMessages } from './catalogue/administration';
import { campaignMessages } from './catalogue/campaigns';
import { countingMessages } from './catalogue/counting';
import { frameMessages } from './catalogue/frame';
import { resultMessages } from './catalogue/results';

/** All interface wording, by area. */
const vi = {
  ...frameMessages.vi,
  ...accessMessages.vi,
  ...administrationMessages.vi,
  ...campaignMessages.vi,
  ...countingMessages.vi,
  ...resultMessages.vi,
  ...archiveMessages.vi,
};
const en = {
  ...frameMessages.en,
  ...accessMessages.en,
  ...administrationMessages.en,
  ...campaignMessages.en,
  ...countingMessages.en,
  ...resultMessages.en,
  ...archiveMessages.en,
};

export type MessageKey = keyof typeof vi;

export const messages: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { vi, en };
