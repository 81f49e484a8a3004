import type { BatchSummary } from '../../shared/counting/countingSchemas';
import { surveyToolLabels } from '../../shared/counting/surveyMapping';
import { useLanguage } from '../i18n/LanguageContext';

/** Where an imported batch came from: the survey tool (or ballot lines) and the file. */
export function BatchSource({ origin }: { origin: NonNullable<BatchSummary['importedFrom']> }) {
  const { t, pick } = useLanguage();
  return (
    <span className="note batch-source" data-testid="batch-source">
      {origin.kind === 'survey'
        ? t('counting.batchSource.survey', {
            tool: pick(surveyToolLabels[origin.tool ?? 'other']),
            file: origin.fileName ?? '',
          })
        : origin.kind === 'kiosk'
          ? t('counting.batchSource.kiosk')
          : t('counting.batchSource.lines', { file: origin.fileName ?? '' })}
    </span>
  );
}
