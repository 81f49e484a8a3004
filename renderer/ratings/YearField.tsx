import type { ComponentProps } from 'react';
import { Field } from '../forms/Field';
import type { MessageKey } from '../i18n/messages';
import { firstTargetYear, lastTargetYear } from './targetsYears';

type Translate = (key: MessageKey) => string;

/** A rating's year as the contract takes it: given, a whole number from 2000 to 2100. */
export const ratingYearRules = (t: Translate) => ({
  required: t('form.required'),
  valueAsNumber: true as const,
  validate: (value: number) =>
    (Number.isInteger(value) && value >= firstTargetYear && value <= lastTargetYear) || t('rounds.yearInvalid'),
});

/** A year typed as a number (a numeric keypad where there is one); register it with ratingYearRules. */
export function YearField(props: ComponentProps<typeof Field>) {
  return <Field type="number" inputMode="numeric" {...props} />;
}
