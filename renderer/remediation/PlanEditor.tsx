import { useState } from 'react';
import type { RemediationView } from '../../shared/remediation/remediationSchemas';
import { useReturnFocus } from '../forms/focusKeeping';
import { useLanguage } from '../i18n/LanguageContext';
import { PlanForm } from './PlanForm';

/**
 * The administrator's way to the plan form: open at once while there is no plan; once there is,
 * behind "Sửa kế hoạch", closed again (the focus back on the button) when saved or left.
 */
export function PlanEditor({ view }: { view: RemediationView }) {
  const { t } = useLanguage();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const { opener, returnFocus } = useReturnFocus<HTMLButtonElement>();
  const close = () => {
    setEditing(false);
    returnFocus();
  };
  const savedNotice = saved ? (
    <p role="status" className="notice">
      {t('remediationForm.saved')}
    </p>
  ) : null;
  // Where the focus goes once the form it was in has closed.
  if (!view.plan)
    return (
      <div className="plan-editor" data-focus-home tabIndex={-1}>
        <PlanForm view={view} onSaved={() => setSaved(true)} onCancel={null} />
      </div>
    );
  return (
    <div className="plan-editor" data-focus-home tabIndex={-1}>
      {savedNotice}
      <button
        ref={opener}
        type="button"
        className="secondary"
        aria-expanded={editing}
        aria-controls={editing ? 'remediation-plan-form' : undefined}
        onClick={() => {
          setSaved(false);
          setEditing((open) => !open);
        }}
      >
        {t('remediationForm.edit')}
      </button>
      {editing ? (
        <div id="remediation-plan-form">
          <PlanForm
            view={view}
            onSaved={() => {
              setSaved(true);
              close();
            }}
            onCancel={close}
          />
        </div>
      ) : null}
    </div>
  );
}
