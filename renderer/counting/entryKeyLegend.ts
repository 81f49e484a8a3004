import { areas } from '../app/areas';
import type { MessageKey } from '../i18n/messages';
import type { EntryMode } from './entryKeys';

/** Keys and what they do; a key named in a message (Space, Backspace…) is translated by its label. */
export interface KeyHint {
  readonly keys: readonly string[];
  readonly does: MessageKey;
}

const help: KeyHint = { keys: ['?'], does: 'entryKey.help' };
const back: KeyHint = { keys: ['Backspace'], does: 'entryKey.back' };
const commands: readonly KeyHint[] = [
  { keys: ['G'], does: 'entryKey.note' },
  { keys: ['K'], does: 'entryKey.other' },
  { keys: ['X'], does: 'entryKey.invalid' },
  { keys: ['Enter'], does: 'entryKey.save' },
];

function marks(points10: boolean): readonly KeyHint[] {
  return points10
    ? [
        { keys: ['1–9', '0'], does: 'entryKey.points' },
        { keys: ['Space'], does: 'entryKey.blank' },
        { keys: ['*'], does: 'entryKey.several' },
      ]
    : [
        { keys: ['1–4'], does: 'entryKey.mark' },
        { keys: ['0', 'Space'], does: 'entryKey.blank' },
        { keys: ['*'], does: 'entryKey.several' },
      ];
}

/** The keys that act now, in this mode: the legend under the sheet shows exactly these. */
export function keysOfMode(mode: EntryMode, points10: boolean): readonly KeyHint[] {
  switch (mode) {
    case 'rows':
      return [...marks(points10), back, ...commands, help];
    case 'prestige':
      return [{ keys: ['1–4'], does: 'entryKey.prestige' }, back, ...commands, help];
    case 'ready':
      return [back, ...commands, help];
    case 'note':
    case 'other':
      return [
        { keys: ['Enter'], does: 'entryKey.textDone' },
        { keys: ['Esc'], does: 'entryKey.textDiscard' },
      ];
    case 'invalid':
      return [
        { keys: ['1–4'], does: 'entryKey.reason' },
        { keys: ['Enter'], does: 'entryKey.saveInvalid' },
        { keys: ['Esc'], does: 'entryKey.leaveInvalid' },
      ];
    case 'invalidText':
      return [
        { keys: ['Enter'], does: 'entryKey.saveInvalid' },
        { keys: ['Esc'], does: 'entryKey.reasonAgain' },
      ];
  }
}

/** Every key of the entry screen, grouped as the `?` list shows them. */
export function allKeys(points10: boolean): ReadonlyArray<{ heading: MessageKey; hints: readonly KeyHint[] }> {
  return [
    { heading: 'entryKey.group.rows', hints: [...marks(points10), back] },
    { heading: 'entryKey.group.prestige', hints: [{ keys: ['1–4'], does: 'entryKey.prestige' }] },
    { heading: 'entryKey.group.ballot', hints: commands },
    { heading: 'entryKey.group.text', hints: keysOfMode('note', points10) },
    {
      heading: 'entryKey.group.invalid',
      hints: [{ keys: ['1', '2', '3', '4'], does: 'entryKey.reasons' }, ...keysOfMode('invalid', points10).slice(1)],
    },
    {
      heading: 'entryKey.group.screen',
      hints: [
        help,
        { keys: ['Tab'], does: 'entryKey.tab' },
        { keys: [`Alt+1…${areas.length}`], does: 'entryKey.areas' },
      ],
    },
  ];
}
