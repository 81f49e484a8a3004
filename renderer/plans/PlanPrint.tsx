import { useState } from 'react';
import { dateInputProps, isoDay } from '../forms/dayMonthYear';
import { Field } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { PrintPanel } from '../print/PrintPanel';

/**
 * The plan's appendix as printed (planAppendix): the six columns as written and each task's
 * progress counted to a day — today, or a day typed (the end of a quarter reported on, say).
 * While the day typed does not read, there is nothing to print and the field says why.
 */
export function PlanPrint({ planId }: { planId: string }) {
  const { t } = useLanguage();
  const [asOfText, setAsOfText] = useState('');
  const asOf = isoDay(asOfText);
  const unreadable = asOfText.trim() !== '' && asOf === '';
  return (
    <div className="plan-print">
      <Field
        id="plan-print-as-of"
        label={t('planPrint.asOf')}
        hint={t('planPrint.asOfHint')}
        narrow
        {...dateInputProps}
        value={asOfText}
        onChange={(event) => setAsOfText(event.target.value)}
        error={unreadable ? { message: t('form.dateInvalid') } : undefined}
      />
      {unreadable ? null : (
        <PrintPanel
          document={asOf ? { kind: 'planAppendix', planId, asOf } : { kind: 'planAppendix', planId }}
          label={t('planPrint.print')}
        />
      )}
    </div>
  );
}
