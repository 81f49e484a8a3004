import type { SurveyColumns, SurveyMapping } from '../../shared/counting/surveyMapping';
import { useLanguage } from '../i18n/LanguageContext';
import { SurveyAnswerChoices } from './SurveyAnswerChoices';
import { SurveyColumnChoices } from './SurveyColumnChoices';
import { answerTexts, emptyCellsBlank, markNames, withEmptyCellsBlank } from './surveyAnswers';

/**
 * The mapping the head confirms or corrects before a preview: the file's columns for the form's
 * rows, then every answer text found in those columns as a mark or blank.
 */
export function SurveyMappingForm({
  idPrefix,
  survey,
  mapping,
  onChange,
}: {
  idPrefix: string;
  survey: SurveyColumns;
  mapping: SurveyMapping;
  onChange: (mapping: SurveyMapping) => void;
}) {
  const { t } = useLanguage();
  const { columns, form } = survey;
  return (
    <div className="survey-mapping">
      <SurveyColumnChoices idPrefix={idPrefix} survey={survey} mapping={mapping} onChange={onChange} />
      <p className="note" id={`${idPrefix}-blank-hint`}>
        {t('counting.survey.blankHint')}
      </p>
      <SurveyAnswerChoices
        idPrefix={idPrefix}
        heading={t('counting.survey.answersHeading')}
        list="answers"
        texts={answerTexts(columns, mapping.criteria)}
        marks={markNames(form.levels)}
        mapping={mapping}
        onChange={onChange}
      />
      {form.prestigeLevels.length > 0 ? (
        <SurveyAnswerChoices
          idPrefix={idPrefix}
          heading={t('counting.survey.prestigeAnswersHeading')}
          list="prestigeAnswers"
          texts={answerTexts(columns, [mapping.prestige])}
          marks={markNames(form.prestigeLevels)}
          mapping={mapping}
          onChange={onChange}
        />
      ) : null}
      <div className="checkbox">
        <input
          id={`${idPrefix}-empty-blank`}
          type="checkbox"
          checked={emptyCellsBlank(mapping)}
          onChange={(event) => onChange(withEmptyCellsBlank(mapping, event.target.checked))}
        />
        <label htmlFor={`${idPrefix}-empty-blank`}>{t('counting.survey.emptyBlank')}</label>
      </div>
    </div>
  );
}
