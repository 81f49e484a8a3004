import { useState } from 'react';
import { Field, FormActions } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { yearFromText } from './targetsYears';

/**
 * A set for one year apart from its plan (a resolution of that year, say): the year, starting at
 * the one shown, and the button that adds the set, its targets copied from the set covering it.
 */
export function TargetsYearApart({ year, onAdd }: { year: number; onAdd: (year: number) => void }) {
  const { t } = useLanguage();
  const [text, setText] = useState(String(year));
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    const chosen = yearFromText(text);
    setInvalid(chosen === null);
    if (chosen !== null) onAdd(chosen);
  };
  return (
    <div className="targets-apart">
      <Field
        id="targets-apart-year"
        label={t('targets.apartYear')}
        hint={t('targets.apartHint')}
        inputMode="numeric"
        autoComplete="off"
        size={6}
        value={text}
        error={invalid ? { message: t('targets.yearInvalid') } : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          // Enter adds the set, as the button next to it does, instead of submitting the editor.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          add();
        }}
      />
      <FormActions>
        <button type="button" className="secondary" onClick={add}>
          {t('targets.addApart')}
        </button>
      </FormActions>
    </div>
  );
}
