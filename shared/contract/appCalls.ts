import { airGapStatusSchema } from '../app/airGap';
import { appInfoSchema, languageSchema } from '../app/appSchemas';
import { nextStepSchema } from '../app/nextSteps';
import { access } from '../access';
import { defineCall } from './define';
import { noInput } from '../schema/common';
import { z } from '../schema/z';

export const appCalls = {
  'app.info': defineCall({
    summary: 'Version, shell, data directory, vault state and chosen language.',
    input: noInput,
    output: appInfoSchema,
    access: access.everyone,
    errors: [],
  }),
  'app.setLanguage': defineCall({
    summary: 'Choose the interface language; remembered for the next start.',
    input: z.object({ language: languageSchema }).strict(),
    output: z.object({ language: languageSchema }).strict(),
    access: access.everyone,
    errors: ['DATA_DIRECTORY_UNAVAILABLE'],
  }),
  'app.airGap': defineCall({
    summary:
      'The air-gap check’s latest result (routes, interfaces, resolver seen) and since when; for the banner of every window, before sign-in too; does not count as activity.',
    input: noInput,
    output: airGapStatusSchema,
    access: access.everyone,
    errors: [],
  }),
  'app.nextSteps': defineCall({
    summary: 'What the signed-in user has left to do: setup gaps, the desk’s open work, results to seal and sign.',
    input: noInput,
    output: z.array(nextStepSchema),
    access: access.signedIn,
    errors: [],
  }),
};
