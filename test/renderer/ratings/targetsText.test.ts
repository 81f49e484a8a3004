import { describe, expect, it } from 'vitest';
import { keepPercentSign } from '../../../renderer/ratings/targetsText';

describe('a share in a narrow column', () => {
  it('keeps every percent sign with its figure and changes nothing else', () => {
    expect(keepPercentSign('Hoàn thành tốt nhiệm vụ trở lên: đạt 97,00 % trở lên')).toBe(
      'Hoàn thành tốt nhiệm vụ trở lên: đạt 97,00\u00a0% trở lên',
    );
    expect(keepPercentSign('66,67 % / 97,00 %')).toBe('66,67\u00a0% / 97,00\u00a0%');
    expect(keepPercentSign('không thiếu')).toBe('không thiếu');
  });
});
