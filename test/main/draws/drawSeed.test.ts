// Issue 23: the seed's normalisation is defined by code point (FORMATS.md §6) — NFC, then only
// TAB, LF, CR and SPACE removed at the ends — and a seed holding a character nobody can see on
// paper is refused rather than silently cleaned, wherever a seed is accepted.
import { describe, expect, it } from 'vitest';
import { drawPositions, runDraw, verifyDrawRecord } from '../../../main/draws/drawAlgorithm';
import { checkSeed, seedTrimmedCodePoints } from '../../../shared/draws/drawSeed';
import { AppError } from '../../../shared/errors';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { campaignWithUnitNames, drawMeeting } from './drawUnits';

const group = { unitType: 'mam_non', label: 'Trường mầm non', count: 2, candidates: ['A', 'B', 'C', 'D'] };
const held = (seed: string) => runDraw({ seed, groups: [group] }).seed;

function refusal(seed: string): string {
  try {
    runDraw({ seed, groups: [group] });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const payload = (error as AppError).payload;
    expect(payload.code).toBe('DRAW_RECORD_INVALID');
    return `${payload.message.vi} / ${payload.message.en}`;
  }
  return expect.unreachable(`the seed ${JSON.stringify(seed)} was accepted`);
}

describe('the seed of a draw', () => {
  const temp = useTempDirectories();

  it('is NFC, trimmed of TAB, LF, CR and SPACE at its ends only, and keeps every space inside', () => {
    expect(seedTrimmedCodePoints).toEqual([0x09, 0x0a, 0x0d, 0x20]);
    expect(held(' \t\r\n 4 2 6 \r\n')).toBe('4 2 6');
    expect(held('Ba  con   xúc xắc'.normalize('NFD'))).toBe('Ba  con   xúc xắc'.normalize('NFC'));
    expect(checkSeed('  Hà Nội  ')).toEqual({ ok: true, seed: 'Hà Nội' });
  });

  it('refuses a byte-order mark, a zero-width or non-breaking space, or a control character, naming it', () => {
    // JavaScript's trim removed these at the ends (and kept them inside, to be hashed unseen).
    expect(refusal('\uFEFF4 2 6')).toContain('U+FEFF');
    expect(refusal('4 2 6\u00A0')).toContain('U+00A0');
    expect(refusal('4 2\u200B6')).toMatch(/U\+200B.*ký tự thứ 4/);
    expect(refusal('4 2 6\u3000')).toContain('U+3000');
    expect(refusal('4 2\u2028 6')).toContain('U+2028');
    expect(refusal('4\t2')).toContain('U+0009');
    expect(refusal('4 \u202E2 6')).toContain('U+202E');
    expect(refusal('4 2 6\u00AD')).toContain('U+00AD');
    expect(refusal(' \t ')).toContain('chưa nhập hạt giống');
  });

  it('is used exactly as recorded when a stored record is verified, even one the app would now refuse', () => {
    // A record held before these rules (or written by hand) keeps its seed: recomputed, never cleaned.
    const seed = '4 2 6\u00A0';
    const record = { ...runDraw({ seed: '4 2 6', groups: [group] }), seed };
    record.groups[0]!.drawn = drawPositions(seed, 'mam_non', 4, 2);
    expect(verifyDrawRecord(record).seed).toBe(seed);
  });

  it('is checked the same way through the contract: draws.hold refuses a seed starting with U+FEFF', async () => {
    const { core, admin, campaignId } = await campaignWithUnitNames(temp(), [
      ['Trường mầm non', 'Mầm non Bắc Biên'],
      ['Trường mầm non', 'Mầm non Gia Quất'],
    ]);
    const input = { campaignId, counts: [{ unitType: 'mam_non', count: 1 }], meeting: drawMeeting };
    const refused = await admin.call('draws.hold', { ...input, seed: '\uFEFF4 2 6' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'DRAW_RECORD_INVALID' } });
    const accepted = await admin.ok('draws.hold', { ...input, seed: ' 4  2 6\n' });
    expect(accepted.record.seed).toBe('4  2 6');
    core.shutdown();
  });
});
