import { ballotShapeOf, type BallotEntry } from '../../shared/counting/ballot';
import type { TemplateContent } from '../../shared/templates/templateContent';
import type { MessageKey, ParamsArgument } from '../i18n/messages';
import { emptyDraft, pressKey } from './entryKeys';

/**
 * A field of a keyed ballot as a difference names it ('answer:3', 'note:3', 'prestige', 'other',
 * 'ballot'): its name for people, and a value typed for it read the way the entry screen reads keys.
 */

type Translate = <Key extends MessageKey>(key: Key, ...params: ParamsArgument<Key>) => string;

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
