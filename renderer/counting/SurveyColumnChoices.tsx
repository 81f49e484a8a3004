import type { SurveyColumns, SurveyMapping } from '../../shared/counting/surveyMapping';
import { surveyToolLabels, surveyTools, type SurveyTool } from '../../shared/counting/surveyMapping';
import { SelectField } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { withColumn, withCriterionColumn } from './surveyAnswers';

/** A select of the file's columns for one role, "none" first. */
function ColumnSelect({
  id,
  label,
  hint,
  value,
  columns,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string | null;
  columns: SurveyColumns['columns'];
  onChange: (column: string | null) => void;
}) {
  const { t } = useLanguage();
  return (
    <SelectField
      id={id}
      label={label}
      hint={hint}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
    >
      <option value="">{t('counting.survey.noColumn')}</option>
      {columns.map((column) => (
        <option key={column.name} value={column.name}>
          {column.name}
        </option>
      ))}
    </SelectField>
  );
}

/**
 * The first half of the mapping: the tool that wrote the file, and which of its columns holds
 * each criterion row of the form, the prestige, the other comments and the response id.
 */
export function SurveyColumnChoices({
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
  const { t, pick } = useLanguage();
  const { columns, form } = survey;
  return (
    <>
      <SelectField
        id={`${idPrefix}-tool`}
        label={t('counting.survey.tool')}
        hint={t('counting.survey.toolHint')}
        narrow
        value={mapping.tool}
        onChange={(event) => onChange({ ...mapping, tool: event.target.value as SurveyTool })}
      >
        {surveyTools.map((tool) => (
          <option key={tool} value={tool}>
            {pick(surveyToolLabels[tool])}
          </option>
        ))}
      </SelectField>
      <fieldset className="survey-columns">
        <legend>{t('counting.survey.columnsHeading')}</legend>
        {form.criteria.map((criterion, row) => (
          <ColumnSelect
            key={row}
            id={`${idPrefix}-criterion-${row + 1}`}
            label={t('counting.survey.criterion', { number: row + 1, text: criterion })}
            value={mapping.criteria[row] ?? null}
            columns={columns}
            onChange={(column) => onChange(withCriterionColumn(mapping, row, column))}
          />
        ))}
        {form.prestigeLevels.length > 0 ? (
          <ColumnSelect
            id={`${idPrefix}-prestige`}
            label={t('counting.survey.prestige')}
            value={mapping.prestige}
            columns={columns}
            onChange={(column) => onChange(withColumn(mapping, 'prestige', column))}
          />
        ) : null}
        {form.hasOther ? (
          <ColumnSelect
            id={`${idPrefix}-other`}
            label={t('counting.survey.other')}
            value={mapping.other}
            columns={columns}
            onChange={(column) => onChange(withColumn(mapping, 'other', column))}
          />
        ) : null}
        <ColumnSelect
          id={`${idPrefix}-response-id`}
          label={t('counting.survey.responseId')}
          hint={t('counting.survey.responseIdHint')}
          value={mapping.responseId}
          columns={columns}
          onChange={(column) => onChange(withColumn(mapping, 'responseId', column))}
        />
      </fieldset>
    </>
  );
}
