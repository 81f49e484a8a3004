import { useEffect, useRef, useState } from 'react';
import type { Printable } from '../../shared/print/printables';
import type { ErrorPayload } from '../../shared/errors';
import { downloadBase64 } from '../files/fileTransfer';
import { useLanguage } from '../i18n/LanguageContext';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FormActions } from '../forms/Field';
import { useSession } from '../session/SessionContext';

/**
 * One document: a preview (the print HTML in a sandboxed frame: no scripts, no network) and
 * the same document as an A4 PDF to save and print. The preview opens in a modal dialog the
 * width of the window, so one document is read at a time, at full size; Escape closes it and
 * the focus is back on the button that opened it.
 */
export function PrintPanel({ document, label }: { document: Printable; label: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const [preview, setPreview] = useState<{ title: string; html: string } | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [making, setMaking] = useState(false);
  const [opening, setOpening] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (preview && dialog.current && !dialog.current.open) dialog.current.showModal();
  }, [preview]);
  const close = () => {
    dialog.current?.close();
    setPreview(null);
    opener.current?.focus();
  };

  // Result documents have charts the core draws first: the preview can take a second.
  const show = async () => {
    setError(null);
    setOpening(true);
    const result = await session.call('print.preview', { document });
    setOpening(false);
    if (result.ok) setPreview(result.value);
    else setError(result.error);
  };

  const pdf = async () => {
    setError(null);
    setMaking(true);
    const result = await session.call('print.pdf', { document });
    setMaking(false);
    if (result.ok) downloadBase64(result.value.fileName, result.value.pdfBase64);
    else setError(result.error);
  };

  return (
    <div className="print-panel">
      <button
        ref={opener}
        type="button"
        className="secondary"
        onClick={() => void show()}
        disabled={opening}
        aria-busy={opening}
      >
        {label}
      </button>
      {preview ? (
        <dialog ref={dialog} className="print-dialog" aria-label={preview.title} onClose={close}>
          <FormActions>
            <button type="button" onClick={() => void pdf()} disabled={making}>
              {t('print.downloadPdf')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('print.close')}
            </button>
            {making ? <span role="status">{t('print.making')}</span> : null}
          </FormActions>
          <ErrorNotice error={error} />
          <iframe
            className="print-preview"
            title={`${t('print.preview')}: ${preview.title}`}
            sandbox=""
            srcDoc={preview.html}
          />
        </dialog>
      ) : (
        <ErrorNotice error={error} />
      )}
    </div>
  );
}
