import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/counting/ballot';
import { packRecord, recordBytes, unpackRecord } from '../../../shared/counting/packedMarks';

const answer = fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant<'*'>('*')) as fc.Arbitrary<Answer>;

describe('marks four bits each, two to a byte', () => {
  it('stores a school record in eight bytes, the even row in the low half, several marks as 15', () => {
    const packed = new Uint8Array(recordBytes(16));
    packRecord(packed, 16, 0, [1, 2, 3, 4, 10, '*', 0, 1, 1, 1, 1, 1, 1, 1, 1], 2);
    expect([...packed]).toEqual([0x21, 0x43, 0xfa, 0x10, 0x11, 0x11, 0x11, 0x21]);
    expect(recordBytes(19)).toBe(10);
  });

  it('reads back every record of any width exactly as written, records side by side', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 101 })
          .chain((width) =>
            fc.tuple(
              fc.constant(width),
              fc.array(fc.array(answer, { minLength: width, maxLength: width }), { maxLength: 20 }),
            ),
          ),
        ([width, records]) => {
          const packed = new Uint8Array(recordBytes(width) * records.length);
          records.forEach((record, index) => packRecord(packed, width, index, record.slice(0, -1), record.at(-1)!));
          expect(records.map((_, index) => unpackRecord(packed, width, index))).toEqual(records);
        },
      ),
    );
  });
});
