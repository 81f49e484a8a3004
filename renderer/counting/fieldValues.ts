import { ballotShapeOf, invalidReasonLabels, type BallotEntry } from '../../shared/counting/ballot';
import type { TemplateContent } from '../../shared/templates/templateContent';
import type { MessageKey, ParamsArgument } from '../i18n/messages';
import { emptyDraft, pressKey } from './entryKeys';

/**
 * A field of a keyed ballot as a difference names it ('answer:3', 'note:3', 'prestige', 'other',
 * 'ballot'): its name for people, and a value typed for it read the way the entry screen reads keys.
 */

type Translate = <Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>) => string;
type Pick = (text: { vi: string; en: string }) => string;

export function fieldLabel(field: string, t: Translate): string {
  const [kind, row] = field.split(':');
  if (kind === 'answer') return t('differences.answer', { row: row ?? '' });
  if (kind === 'note') return t('differences.noteField', { row: row ?? '' });
  if (kind === 'other') return t('differences.otherField');
  if (kind === 'prestige') return t('differences.prestigeField');
  return t('differences.whole');
}

/** A whole ballot keyed with the keys of the entry screen, e.g. "123412341234123" + "2", or "x2". */
export function ballotFromKeys(keys: string, form: TemplateContent): BallotEntry | null {
  const shape = ballotShapeOf(form);
  let draft = emptyDraft(shape);
  for (const key of [...keys.replace(/\s+/g, ' ').trim(), 'Enter']) {
    const result = pressKey(draft, key, shape);
    draft = result.draft;
    if (result.effect?.kind === 'save') return result.effect.ballot;
  }
  return null;
}

/** What a typed value means for its field: a mark ("*" several), a text, or a whole ballot ('' none). */
export function typedFieldValue(field: string, text: string, form: TemplateContent): unknown {
  if (field === 'ballot') return text.trim() === '' ? null : ballotFromKeys(text, form);
  if (field.startsWith('answer:') || field === 'prestige') return text.trim() === '*' ? '*' : Number(text.trim());
  return text;
}

/** A mark as the paper shows it: its key and the level's name ("3. Trung bình"); a 10-point score as the number. */
function markName(value: number, field: string, form: TemplateContent | null): string {
  const names = field === 'prestige' ? form?.prestigeLevels : form?.scale === 'points10' ? undefined : form?.levels;
  const name = names?.[value - 1];
  return name ? `${value}. ${name}` : String(value);
}

/** A keyed value as the head reads it against the paper: a level by its name, a whole ballot in short. */
export function describeValue(
  value: unknown,
  field: string,
  form: TemplateContent | null,
  pick: Pick,
  t: (key: 'entry.blank' | 'entry.several' | 'differences.absent') => string,
): string {
  if (value === null || value === undefined) return t('differences.absent');
  if (value === 0 && field !== 'other' && !field.startsWith('note:')) return t('entry.blank');
  if (value === '*') return t('entry.several');
  if (typeof value === 'number' && (field === 'prestige' || field.startsWith('answer:')))
    return markName(value, field, form);
  if (typeof value === 'object') {
    const entry = value as BallotEntry;
    if (!entry.valid)
      return `✗ ${pick(invalidReasonLabels[entry.invalidReason])}${entry.invalidText ? `: ${entry.invalidText}` : ''}`;
    return `${entry.answers.map((answer) => (answer === 0 ? '·' : String(answer))).join(' ')} | ${entry.prestige}`;
  }
  return value === '' ? '—' : String(value);
}
