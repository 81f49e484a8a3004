import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPositions } from '../../../main/draws/drawAlgorithm';
import { auditSamplePositions, comparedFieldCount } from '../../../shared/counting/keyingAudit';
import { sha256 } from '../../../shared/sha256';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('SHA-256 in shared/', () => {
  it('hashes as node:crypto does, across block boundaries and any Unicode', () => {
    expect(hex(sha256(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(hex(sha256(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { seed: 21, numRuns: 300 },
    );
  });
});

describe('the audit sample of a batch', () => {
  const seed = '9f'.repeat(32);
  const batchId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

  it('is the public draw’s algorithm with the batch’s id for the unit type, listed in paper order', () => {
    const sample = auditSamplePositions(seed, batchId, 40, 5);
    expect(sample).toEqual([...drawPositions(seed, batchId, 40, 5)].sort((a, b) => a - b));
    expect(sample).toEqual([...sample].sort((a, b) => a - b));
    // The same record gives the same sample, another seed or batch another one.
    expect(auditSamplePositions(seed, batchId, 40, 5)).toEqual(sample);
    expect(auditSamplePositions('a0'.repeat(32), batchId, 40, 5)).not.toEqual(sample);
  });

  it('takes distinct positions of the batch; the whole batch when it is smaller than the sample', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 50 }), (count, size) => {
        const sample = auditSamplePositions(seed, batchId, count, size);
        expect(sample.length).toBe(Math.min(count, size));
        expect(new Set(sample).size).toBe(sample.length);
        expect(sample.every((position) => position >= 1 && position <= count)).toBe(true);
      }),
      { seed: 7, numRuns: 200 },
    );
    expect(auditSamplePositions(seed, batchId, 3, 5)).toEqual([1, 2, 3]);
    expect(() => auditSamplePositions(seed, batchId, -1, 5)).toThrow(RangeError);
  });

  it('gives every position the same chance', () => {
    const hits = new Array<number>(20).fill(0);
    for (let index = 0; index < 2000; index += 1)
      for (const position of auditSamplePositions(`${seed}${index}`, batchId, 20, 5)) hits[position - 1]! += 1;
    // 500 expected per position (2,000 samples × 5 of 20); 6 standard deviations is about ±116.
    for (const count of hits) expect(Math.abs(count - 500)).toBeLessThan(116);
  });
});

describe('the fields an audit compares', () => {
  const valid = (answers: number, notes: Record<string, string> = {}) => ({
    valid: true as const,
    answers: new Array<number>(answers).fill(1),
    notes,
    other: '',
    prestige: 1,
  });
  const blank = { valid: false as const, invalidReason: 'blank' as const, invalidText: '' };

  it('counts each row’s mark and note, the prestige and the other comments; an invalid ballot is one field', () => {
    expect(comparedFieldCount(valid(15), valid(15))).toBe(32);
    expect(comparedFieldCount(valid(18), valid(18))).toBe(38);
    expect(comparedFieldCount(valid(15), blank)).toBe(1);
    expect(comparedFieldCount(blank, blank)).toBe(1);
  });
});
