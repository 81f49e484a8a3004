import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interchangeFormats, jsonSchemaOf, type InterchangeFormat } from '../../shared/formats/formats';
import { expectMatchesFormat, matchesFormat } from '../helpers/formats';

const folder = join(import.meta.dirname, '..', '..', 'shared', 'formats');
const names = Object.keys(interchangeFormats) as InterchangeFormat[];

describe('the interchange formats (JSON Schema files in shared/formats/)', () => {
  it.each(names)('%s.schema.json is the schema the core validates with', (name) => {
    const generated = `${JSON.stringify(jsonSchemaOf(name), null, 2)}\n`;
    const path = join(folder, `${name}.schema.json`);
    // UPDATE_FORMATS=1 npx vitest run test/shared/formats.test.ts rewrites them after a change.
    if (process.env.UPDATE_FORMATS === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  const contest = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
  const ballot = (id: number) => `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;

  it('ballot lines: a valid ballot carries its prestige; an invalid one may carry empty fields', () => {
    expectMatchesFormat('ballot-line', {
      contest,
      ballot: ballot(1),
      valid: true,
      answers: [1, 2, 2, 0, '*'],
      notes: { '3': 'chưa sâu sát' },
      other: '',
      prestige: 2,
    });
    expectMatchesFormat('ballot-line', {
      contest,
      ballot: ballot(2),
      valid: false,
      answers: [],
      notes: {},
      other: '',
      prestige: 0,
    });
    expectMatchesFormat('ballot-line', { contest, ballot: ballot(3), valid: false, invalidReason: 'blank' });
    expect(
      matchesFormat('ballot-line', { contest, ballot: ballot(4), valid: true, answers: [1], notes: {}, other: '' }),
    ).toBe(false);
    expect(
      matchesFormat('ballot-line', { contest, ballot: ballot(5), valid: false, answers: [1], notes: {}, other: '' }),
    ).toBe(false);
  });
});
