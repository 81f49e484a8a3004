import { severalMarks } from '../../shared/counting/ballot';
import type { SurveyMapping } from '../../shared/counting/surveyMapping';
import { SelectField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import {
  answerChoice,
  blankChoice,
  unmappedChoice,
  withAnswerChoice,
  type AnswerList,
  type AnswerText,
} from './surveyAnswers';

/**
 * The second half of the mapping, for one list (the criteria's answers, or the prestige's): per
 * distinct answer text of the mapped columns, the mark it stands for, or blank.
 */
export function SurveyAnswerChoices({
  idPrefix,
  heading,
  list,
  texts,
  marks,
  mapping,
  onChange,
}: {
  idPrefix: string;
  heading: string;
  list: AnswerList;
  texts: readonly AnswerText[];
  /** The marks' names in order: mark 1 first. */
  marks: readonly string[];
  mapping: SurveyMapping;
  onChange: (mapping: SurveyMapping) => void;
}) {
  const { t } = useLanguage();
  return (
    <fieldset className="survey-answers" data-list={list}>
      <legend>{heading}</legend>
      {texts.length === 0 ? <p className="note">{t('counting.survey.noAnswers')}</p> : null}
      {texts.map(({ text, count }, index) => (
        <SelectField
          key={text}
          id={`${idPrefix}-${list}-${index + 1}`}
          label={t('counting.survey.answer', { text, count })}
          narrow
          value={answerChoice(mapping, list, text)}
          onChange={(event) => onChange(withAnswerChoice(mapping, list, text, event.target.value))}
        >
          <option value={unmappedChoice}>{t('counting.survey.unmapped')}</option>
          {marks.map((name, mark) => (
            <option key={mark} value={String(mark + 1)}>
              {name === String(mark + 1) ? name : t('counting.survey.level', { mark: mark + 1, name })}
            </option>
          ))}
          <option value={blankChoice}>{t('counting.survey.blank')}</option>
          <option value={severalMarks}>{t('counting.survey.several')}</option>
        </SelectField>
      ))}
    </fieldset>
  );
}
