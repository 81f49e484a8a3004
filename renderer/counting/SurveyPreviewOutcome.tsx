import type { SurveyPreview } from '../../shared/counting/surveyMapping';
import { FileCheckOutcome } from '../forms/FileCheck';
import { useLanguage } from '../i18n/LanguageContext';

/** What a survey export would import as through the mapping: the counts, and every error by row and column. */
export function SurveyPreviewOutcome({ preview }: { preview: SurveyPreview }) {
  const { t } = useLanguage();
  return (
    <div className="survey-preview" data-testid="survey-preview" data-errors={preview.errorCount}>
      <p>{t('counting.survey.counts', preview)}</p>
      <FileCheckOutcome
        errors={preview.errors}
        readsText={t('counting.survey.previewOk')}
        problemsText={t('counting.survey.previewErrors', { count: preview.errorCount })}
        caption={t('counting.survey.errorsCaption')}
      />
      {preview.errors.length < preview.errorCount ? (
        <p className="note">{t('counting.survey.errorsShown', { shown: preview.errors.length })}</p>
      ) : null}
    </div>
  );
}
