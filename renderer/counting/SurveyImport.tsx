import { useId, useRef, useState } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import type { SurveyColumns, SurveyMapping, SurveyPreview } from '../../shared/counting/surveyMapping';
import { chosenUpload, type FileUpload } from '../files/fileTransfer';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FileField, FormActions } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { SurveyMappingForm } from './SurveyMappingForm';
import { SurveyPreviewOutcome } from './SurveyPreviewOutcome';
import './surveyImport.css';

/**
 * A survey tool's export (Google Forms, KoboToolbox/ODK, LimeSurvey) into a new batch of a
 * contest: choose the file, confirm the proposed mapping, preview every error by row and
 * column, then import — all or nothing, and only once a preview of this very mapping is clean.
 */
export function SurveyImport({ contestId, onImported }: { contestId: string; onImported: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const idPrefix = `survey-${useId().replace(/:/g, '')}`;
  const [file, setFile] = useState<FileUpload | null>(null);
  const [survey, setSurvey] = useState<SurveyColumns | null>(null);
  const [mapping, setMapping] = useState<SurveyMapping | null>(null);
  const [preview, setPreview] = useState<SurveyPreview | null>(null);
  const [working, setWorking] = useState<'reading' | 'previewing' | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fileField, setFileField] = useState(0);
  const doneNote = useRef<HTMLParagraphElement>(null);
  const importing = useSubmission();

  const startOver = () => {
    setSurvey(null);
    setMapping(null);
    setPreview(null);
    setError(null);
    importing.clearError();
  };

  const choose = async (chosen: File | undefined) => {
    startOver();
    setDone(null);
    const upload = await chosenUpload(chosen);
    setFile(upload);
    if (!upload) return;
    setWorking('reading');
    const result = await session.call('counting.surveyColumns', { contestId, file: upload });
    setWorking(null);
    if (!result.ok) return setError(result.error);
    setSurvey(result.value);
    setMapping(result.value.mapping);
  };

  // Any change to the mapping makes the last preview stale: the import waits for a new one.
  const change = (next: SurveyMapping) => {
    setMapping(next);
    setPreview(null);
    setError(null);
    importing.clearError();
  };

  const previewNow = async () => {
    if (!file || !mapping) return;
    setWorking('previewing');
    setError(null);
    const result = await session.call('counting.previewSurveyImport', { contestId, file, mapping });
    setWorking(null);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };

  const importNow = async () => {
    if (!file || !mapping) return;
    const result = await importing.submit(() => session.call('counting.importSurvey', { contestId, file, mapping }));
    if (!result.ok) return;
    const { batch, imported, valid, blank } = result.value;
    startOver();
    setFile(null);
    setFileField((key) => key + 1);
    setDone(t('counting.survey.imported', { imported, valid, blank, file: file.fileName, batch: batch.number }));
    onImported();
    window.setTimeout(() => doneNote.current?.focus(), 0);
  };

  const busy = working !== null || importing.pending;
  const importable = preview !== null && preview.errorCount === 0 && !busy;
  return (
    <details className="survey-import" data-testid="survey-import">
      <summary>{t('counting.survey.heading')}</summary>
      <p className="note" id={`${idPrefix}-hint`}>
        {t('counting.survey.hint')}
      </p>
      <FileField
        key={fileField}
        id={`${idPrefix}-file`}
        label={t('counting.survey.file')}
        narrow
        accept=".csv,.xlsx,text/csv"
        aria-describedby={`${idPrefix}-hint`}
        onChoose={(chosen) => void choose(chosen)}
      />
      {working === 'reading' ? <p role="status">{t('counting.survey.reading')}</p> : null}
      {done ? (
        <p role="status" className="notice" ref={doneNote} tabIndex={-1}>
          {done}
        </p>
      ) : null}
      {file && survey && mapping ? (
        <>
          <p className="note">
            {t('counting.survey.read', { file: file.fileName, rows: survey.rows, columns: survey.columns.length })}
          </p>
          <SurveyMappingForm idPrefix={idPrefix} survey={survey} mapping={mapping} onChange={change} />
          <p className="note" id={`${idPrefix}-import-hint`}>
            {t('counting.survey.importHint')}
          </p>
          <FormActions>
            <button type="button" className="secondary" onClick={() => void previewNow()} disabled={busy}>
              {t('counting.survey.preview')}
            </button>
            <button
              type="button"
              onClick={() => void importNow()}
              disabled={!importable}
              aria-describedby={`${idPrefix}-import-hint`}
            >
              {t('counting.survey.import')}
            </button>
          </FormActions>
          {working === 'previewing' ? <p role="status">{t('counting.survey.previewing')}</p> : null}
          {importing.pending ? <p role="status">{t('counting.survey.importing')}</p> : null}
          {preview ? <SurveyPreviewOutcome preview={preview} /> : null}
        </>
      ) : null}
      <ErrorNotice error={error ?? importing.error} />
    </details>
  );
}
