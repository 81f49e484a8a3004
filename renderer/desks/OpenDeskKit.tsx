import { useState } from 'react';
import { navigate } from '../app/navigate';
import { fileToBase64 } from '../files/fileTransfer';
import { ErrorNotice } from '../forms/ErrorNotice';
import { Field, FileField, FormActions } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';

/** At a desk (bàn phụ): open the kit the main desk made, checked against its head's fingerprint as typed. */
export function OpenDeskKit() {
  const { t } = useLanguage();
  const session = useSession();
  const opening = useSubmission();
  const [contentBase64, setContent] = useState<string | null>(null);
  const [fingerprint, setFingerprint] = useState('');

  const open = async () => {
    if (!contentBase64) return;
    const result = await opening.submit(() =>
      session.call('desks.openKit', { contentBase64, mainFingerprint: fingerprint }),
    );
    if (result.ok) navigate(`#/campaigns/${result.value.campaignId}`);
  };

  return (
    <form
      noValidate
      className="import-panel"
      aria-label={t('desks.open')}
      onSubmit={(event) => {
        event.preventDefault();
        void open();
      }}
    >
      <h3>{t('desks.open')}</h3>
      <p className="note">{t('desks.openHint')}</p>
      <FileField
        id="desk-kit-file"
        label={t('desks.kitFile')}
        narrow
        accept=".json,application/json"
        onChoose={(file) => void (file ? fileToBase64(file).then(setContent) : Promise.resolve(setContent(null)))}
      />
      <Field
        id="desk-main-fingerprint"
        label={t('desks.mainFingerprint')}
        hint={t('desks.fingerprintHint')}
        value={fingerprint}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setFingerprint(event.target.value)}
      />
      <FormActions>
        <button type="submit" disabled={!contentBase64 || opening.pending}>
          {t('desks.openButton')}
        </button>
      </FormActions>
      <ErrorNotice error={opening.error} />
    </form>
  );
}
