import { useState } from 'react';
import type { ErrorPayload } from '../../shared/errors';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FileField } from '../forms/Field';
import { useSession } from '../session/SessionContext';

/** Ballots that are already digital (an electronic survey, another desk), as JSON lines. */
export function LinesImport({ contestId, onImported }: { contestId: string; onImported: () => void }) {
  const { t } = useLanguage();
  const session = useSession();
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setDone(null);
    const result = await session.call('counting.importBallots', {
      contestId,
      fileName: file.name,
      text: await file.text(),
    });
    if (!result.ok) return setError(result.error);
    setDone(t('counting.imported', { count: result.value.imported }));
    onImported();
  };

  return (
    <details className="lines-import">
      <summary>{t('counting.importLines')}</summary>
      <FileField
        id={`lines-${contestId}`}
        label={t('counting.importFile')}
        narrow
        accept=".jsonl,.ndjson,.json,.txt"
        onChoose={(file) => void importFile(file)}
      />
      <ErrorNotice error={error} />
      {done ? <p role="status">{done}</p> : null}
    </details>
  );
}
