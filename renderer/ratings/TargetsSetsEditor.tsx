import { useEffect, useState } from 'react';
import type { RatingTargetSet } from '../../shared/ratings/ratingTargets';
import { ConfirmAction } from '../forms/ConfirmAction';
import { ErrorNotice } from '../forms/ErrorNotice';
import { FormActions } from '../forms/Field';
import { useSubmission } from '../forms/useSubmission';
import { useLanguage } from '../i18n/LanguageContext';
import { useSession } from '../session/SessionContext';
import { TargetsSetFields } from './TargetsSetFields';
import { TargetsYearApart } from './TargetsYearApart';
import {
  draftFieldId,
  draftsOfSets,
  nextDraftKey,
  setsFromDrafts,
  yearApartDraft,
  type DraftProblemCode,
  type TargetSetDraft,
} from './targetsDraft';

/**
 * The administrator's editor of the target sets: each set's plan, years, and per target its share
 * and level; a set for one year apart; saved all together after a question, with
 * ratings.setTargetSets. What the core or the form refuses is shown beside the input, which stays.
 */
export function TargetsSetsEditor({ sets, year }: { sets: readonly RatingTargetSet[]; year: number }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const saving = useSubmission();
  const [drafts, setDrafts] = useState<TargetSetDraft[]>(() => draftsOfSets(sets, language));
  // Field problems show once a save was tried, and follow the input from then on.
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  // A new request each time, so asking for the same field twice still moves there. The effect runs
  // after the question's own return of the focus to its button, so the field asked for wins.
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  const outcome = setsFromDrafts(drafts);
  const problems = new Map<string, DraftProblemCode>(
    attempted && !outcome.ok
      ? outcome.problems.map((problem) => [draftFieldId(problem.setKey, problem.field), problem.code])
      : [],
  );

  const edit = (key: string, change: (draft: TargetSetDraft) => TargetSetDraft) => {
    setSaved(null);
    setDrafts((current) => current.map((draft) => (draft.key === key ? change(draft) : draft)));
  };

  const remove = (key: string) => {
    const index = drafts.findIndex((draft) => draft.key === key);
    const neighbour = drafts[index + 1] ?? drafts[index - 1];
    setSaved(null);
    setDrafts((current) => current.filter((draft) => draft.key !== key));
    if (neighbour) setFocusRequest({ id: draftFieldId(neighbour.key, 'planVi') });
  };

  const addYearApart = (apartYear: number) => {
    const draft = yearApartDraft(drafts, apartYear, nextDraftKey(drafts));
    setSaved(null);
    setDrafts((current) => [...current, draft]);
    setFocusRequest({ id: draftFieldId(draft.key, 'planVi') });
  };

  const save = async () => {
    if (saving.pending) return;
    setAttempted(true);
    setSaved(null);
    if (!outcome.ok) {
      const first = outcome.problems[0]!;
      setFocusRequest({ id: draftFieldId(first.setKey, first.field) });
      return;
    }
    const result = await saving.submit(() => session.call('ratings.setTargetSets', { sets: outcome.sets }));
    if (!result.ok) return;
    setDrafts(draftsOfSets(result.value, language));
    setAttempted(false);
    setSaved(t('targets.saved', { count: result.value.length }));
  };

  return (
    <form
      aria-label={t('targets.editHeading')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
      }}
    >
      {drafts.map((draft, index) => (
        <TargetsSetFields
          key={draft.key}
          draft={draft}
          number={index + 1}
          problems={problems}
          onChange={(change) => edit(draft.key, change)}
          onRemove={drafts.length > 1 ? () => remove(draft.key) : null}
        />
      ))}
      <TargetsYearApart year={year} onAdd={addYearApart} />
      {attempted && !outcome.ok ? (
        <p role="alert" className="notice broken">
          {t('targets.fixFirst', { count: outcome.problems.length })}
        </p>
      ) : null}
      <ErrorNotice error={saving.error} />
      <FormActions>
        {/* Not disabled while saving: the focus returns to it once the question is answered. */}
        <ConfirmAction
          label={t('targets.save')}
          question={t('targets.saveQuestion', { count: drafts.length })}
          confirmLabel={t('targets.saveConfirm')}
          onConfirm={save}
        />
        {saving.pending ? <span role="status">{t('targets.saving')}</span> : null}
      </FormActions>
      {saved ? (
        <p role="status" className="notice">
          {saved}
        </p>
      ) : null}
    </form>
  );
}
