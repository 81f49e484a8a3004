import type { MessageKey } from '../i18n/messages';

type Translate = (key: MessageKey) => string;

// The same rules the contract enforces, checked early so people see them before sending.

export const loginRules = (t: Translate) => ({
  required: t('form.required'),
  pattern: { value: /^\s*[A-Za-z0-9][A-Za-z0-9._-]{1,31}\s*$/, message: t('form.loginFormat') },
});

export const newPasswordRules = (t: Translate) => ({
  required: t('form.required'),
  minLength: { value: 8, message: t('form.passwordTooShort') },
});

export const repeatRules = (t: Translate, first: () => string) => ({
  required: t('form.required'),
  validate: (value: string) => value === first() || t('form.passwordsDiffer'),
});
