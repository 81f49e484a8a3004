import { useState } from 'react';
import { fileToBase64 } from '../files/fileTransfer';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FileField } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { deskPackagePreview, type DeskPackagePreview } from './deskPackagePreview';

interface Chosen {
  readonly contentBase64: string;
  readonly preview: DeskPackagePreview | null;
}

/**
 * At the main desk, the head merges a package a desk brought back: the file is chosen, the
 * question names the desk and how many batches and ballots it claims, and the main process
 * checks and stores it all or nothing — nothing of a refused package is kept.
 */
export function MergeDeskPackage() {
  const { t } = useLanguage();
  const session = useSession();
  const merging = useSubmission();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    setDone(null);
    merging.clearError();
    if (!file) return setChosen(null);
    setChosen({ contentBase64: await fileToBase64(file), preview: deskPackagePreview(await file.text()) });
  };

  const merge = async () => {
    if (!chosen) return;
    const result = await merging.submit(() =>
      session.call('desks.mergePackage', { contentBase64: chosen.contentBase64 }),
    );
    if (!result.ok) return;
    const { deskName, merged, alreadyMerged, ballots, awaitingSecondEntry } = result.value;
    setChosen(null);
    setDone(
      merged === 0
        ? t('desks.mergedNothing', { desk: deskName, already: alreadyMerged })
        : t('desks.merged', { desk: deskName, batches: merged, ballots }) +
            (alreadyMerged > 0 ? ` ${t('desks.mergedSkipped', { already: alreadyMerged })}` : '') +
            (awaitingSecondEntry > 0 ? ` ${t('desks.awaitingSecondEntry', { batches: awaitingSecondEntry })}` : ''),
    );
  };

  const question = chosen?.preview ? t('desks.mergeQuestion', chosen.preview) : t('desks.mergeQuestionUnread');

  return (
    <section className="narrow-form" aria-labelledby="desk-merge-heading">
      <h3 id="desk-merge-heading">{t('desks.mergeHeading')}</h3>
      <p className="note">{t('desks.mergeHint')}</p>
      <FileField
        id="desk-package-file"
        label={t('desks.packageFile')}
        narrow
        accept=".json"
        onChoose={(file) => void choose(file)}
      />
      {chosen ? (
        <ConfirmAction
          label={t('desks.mergeButton')}
          question={question}
          confirmLabel={t('desks.mergeConfirm')}
          disabled={merging.pending}
          onConfirm={merge}
        />
      ) : null}
      {merging.pending ? (
        <p role="status" className="notice">
          <progress aria-label={t('desks.merging')} /> {t('desks.merging')}
        </p>
      ) : null}
      <ErrorNotice error={merging.error} />
      {done ? (
        <p role="status" className="notice">
          {done}
        </p>
      ) : null}
    </section>
  );
}
