import { Field } from '../forms/Field';
import { useLanguage } from '../i18n/LanguageContext';
import { TargetsShareFields } from './TargetsShareFields';
import { draftFieldId, type DraftField, type DraftProblemCode, type TargetSetDraft } from './targetsDraft';
import { useTargetsProblemText } from './targetsProblemText';

/** One target set in the editor: its plan in both languages, its years, and each target's share and level. */
export function TargetsSetFields({
  draft,
  number,
  problems,
  onChange,
  onRemove,
}: {
  draft: TargetSetDraft;
  /** Its place in the list, which names it ("Bộ chỉ tiêu 2"). */
  number: number;
  /** The problems of the form by field id. */
  problems: ReadonlyMap<string, DraftProblemCode>;
  onChange: (change: (draft: TargetSetDraft) => TargetSetDraft) => void;
  /** Null for the only set: the district keeps at least one. */
  onRemove: (() => void) | null;
}) {
  const { t } = useLanguage();
  const problemText = useTargetsProblemText();
  const field = (name: DraftField) => {
    const id = draftFieldId(draft.key, name);
    const code = problems.get(id);
    return { id, error: code ? { message: problemText(code) } : undefined };
  };
  const plan = draft.planVi.trim();
  return (
    <fieldset className="targets-set" data-set={number}>
      <legend>{plan ? t('targets.setNamed', { number, plan }) : t('targets.setNumber', { number })}</legend>
      <Field
        {...field('planVi')}
        label={t('targets.planVi')}
        hint={t('targets.planHint')}
        value={draft.planVi}
        onChange={(event) => {
          const planVi = event.target.value;
          onChange((current) => ({ ...current, planVi }));
        }}
      />
      <Field
        {...field('planEn')}
        label={t('targets.planEn')}
        value={draft.planEn}
        onChange={(event) => {
          const planEn = event.target.value;
          onChange((current) => ({ ...current, planEn }));
        }}
      />
      <div className="filters">
        <Field
          {...field('fromYear')}
          label={t('targets.fromYear')}
          inputMode="numeric"
          autoComplete="off"
          size={6}
          value={draft.fromYear}
          onChange={(event) => {
            const fromYear = event.target.value;
            onChange((current) => ({ ...current, fromYear }));
          }}
        />
        <Field
          {...field('toYear')}
          label={t('targets.toYear')}
          inputMode="numeric"
          autoComplete="off"
          size={6}
          value={draft.toYear}
          onChange={(event) => {
            const toYear = event.target.value;
            onChange((current) => ({ ...current, toYear }));
          }}
        />
      </div>
      {draft.targets.map((entry, index) => (
        <TargetsShareFields
          key={entry.target.id}
          entry={entry}
          share={field(`share:${index}`)}
          levelId={`${draftFieldId(draft.key, `share:${index}`)}-level`}
          onChange={(changed) =>
            onChange((current) => ({
              ...current,
              targets: current.targets.map((candidate, place) => (place === index ? changed : candidate)),
            }))
          }
        />
      ))}
      {onRemove ? (
        <button type="button" className="secondary" onClick={onRemove}>
          {t('targets.removeSet', { number })}
        </button>
      ) : null}
    </fieldset>
  );
}
