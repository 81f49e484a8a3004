import { describe, expect, it } from 'vitest';
import { canonicalJson, isCanonicalJsonOf, sameCanonicalJson } from '../../shared/canonicalJson';

/** RFC 8785 as written, the slow obvious way: the reference the faster functions are held to. */
function referenceCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => referenceCanonical(item ?? null)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${referenceCanonical(member)}`).join(',')}}`;
}

const values: unknown[] = [
  null,
  true,
  0,
  -0,
  1.5,
  1e21,
  -1e-7,
  'chữ Việt',
  'lone \ud800 surrogate',
  [],
  {},
  [1, 'a', null, [2, { b: 1, a: 2 }]],
  { b: 1, a: 2, c: { z: [], y: {} } },
  // Integer-like keys an object lists first, in numeric order: "10" sorts before "9" in RFC 8785.
  { notes: { '9': 'x', '10': 'y', '2': 'z' }, valid: true },
  { é: 1, e: 2, E: 3, '\u{1F600}': 4, '\uFFFF': 5 },
  { skipped: undefined, kept: 1 },
  [undefined, 1],
];

describe('canonical JSON (RFC 8785)', () => {
  it('writes what the reference writes', () => {
    for (const value of values) expect(canonicalJson(value)).toBe(referenceCanonical(value));
  });

  it('says whether a text is the canonical JSON of a value, as comparing with canonicalJson does', () => {
    for (const value of values) {
      const canonical = canonicalJson(value);
      expect(isCanonicalJsonOf(value, canonical)).toBe(true);
      const read = JSON.parse(canonical) as unknown;
      expect(isCanonicalJsonOf(read, canonical)).toBe(true);
      for (const other of [JSON.stringify(value, null, 1), JSON.stringify(value), `${canonical} `])
        if (other !== undefined) expect(isCanonicalJsonOf(JSON.parse(other), other)).toBe(other === canonical);
    }
  });

  it('refuses every other form of the same data: spaces, key order, duplicate keys, number and string forms', () => {
    const texts = [
      '{"a":1, "b":2}',
      '{"b":2,"a":1}',
      '{"a":1,"a":1}',
      '{"a":1.0}',
      '{"a":1e0}',
      '{"a":-0}',
      '{"a":"\\u0041"}',
      '{"a":"\\/"}',
      '{"10":1,"9":2,"9":2}',
      '{"9":2,"10":1}',
    ];
    for (const text of texts) {
      const read = JSON.parse(text) as unknown;
      expect(isCanonicalJsonOf(read, text), text).toBe(false);
      expect(canonicalJson(read) === text).toBe(false);
    }
    expect(isCanonicalJsonOf(JSON.parse('{"10":1,"9":2}'), '{"10":1,"9":2}')).toBe(true);
  });

  it('compares two values by their canonical JSON without writing it', () => {
    for (const a of values)
      for (const b of values) expect(sameCanonicalJson(a, b)).toBe(canonicalJson(a) === canonicalJson(b));
    // What a schema may do to what it reads: fill in a default, drop a member, reorder members.
    const read = { answers: [1, 2], valid: true };
    expect(sameCanonicalJson({ valid: true, answers: [1, 2] }, read)).toBe(true);
    expect(sameCanonicalJson({ ...read, notes: {} }, read)).toBe(false);
    expect(sameCanonicalJson({ valid: true }, read)).toBe(false);
    expect(sameCanonicalJson({ ...read, extra: undefined }, read)).toBe(true);
    expect(sameCanonicalJson({ answers: [1, '2'], valid: true }, read)).toBe(false);
  });
});
