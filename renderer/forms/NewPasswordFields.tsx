import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useLanguage } from '../i18n/LanguageContext';
import { Field } from './Field';
import { newPasswordRules, repeatRules } from './passwordRules';

export interface PasswordPair {
  password: string;
  passwordAgain: string;
}

/** A new password typed twice, with the contract's rules checked before sending. */
export function NewPasswordFields<Values extends FieldValues & PasswordPair>({
  form,
  label,
  againLabel,
  autoFocus = false,
}: {
  form: UseFormReturn<Values>;
  label: string;
  againLabel: string;
  autoFocus?: boolean;
}) {
  const { t } = useLanguage();
  // Every form that uses this names the pair `password` and `passwordAgain`.
  const pair = form as unknown as UseFormReturn<PasswordPair>;
  const errors = pair.formState.errors;
  return (
    <>
      <Field
        label={label}
        type="password"
        autoFocus={autoFocus}
        autoComplete="new-password"
        error={errors.password}
        {...pair.register('password', newPasswordRules(t))}
      />
      <Field
        label={againLabel}
        type="password"
        autoComplete="new-password"
        error={errors.passwordAgain}
        {...pair.register(
          'passwordAgain',
          repeatRules(t, () => pair.getValues('password')),
        )}
      />
    </>
  );
}
