import { describe, expect, it } from 'vitest';
import type { InvalidReason } from '../../../shared/counting/ballot';
import { blocking, reconcile, type ReconciliationInput } from '../../../shared/counting/reconciliation';

const noInvalid: Record<InvalidReason, number> = { notOfficial: 0, blank: 0, identifying: 0, other: 0 };

/** A balanced contest (every other rule passes) with the given keying-quality audit figures. */
const contest = (keyingAudit: ReconciliationInput['keyingAudit'], acknowledged = {}): ReconciliationInput => ({
  counts: { issued: 40, returned: 40, notReturned: 0, valid: 40, invalid: noInvalid },
  conference: { convened: 40, present: 40 },
  keyed: { valid: 40, invalid: noInvalid },
  batches: { total: 2, unverified: 0 },
  unresolvedMismatches: 0,
  acknowledged,
  keyingAudit,
});
const w04 = (input: ReconciliationInput) => reconcile(input).find((line) => line.rule === 'W04')!;
const audit = (errors: number, fields: number, pending = 0) => ({ errors, fields, pending, boundPerThousand: 1 });

describe('W04: residual keying errors above the campaign’s bound', () => {
  it('passes without an audit, and when the point estimate is at the bound or below', () => {
    expect(w04(contest(undefined))).toMatchObject({ ok: true });
    expect(w04(contest(audit(0, 0)))).toMatchObject({ ok: true });
    expect(w04(contest(audit(0, 2000)))).toMatchObject({ ok: true });
    // Exactly 1.00 per 1,000: at the bound, not above it.
    expect(w04(contest(audit(2, 2000)))).toMatchObject({ ok: true });
  });

  it('warns above the bound with the rate and its exact interval, until acknowledged with a reason', () => {
    const above = contest(audit(10, 5000));
    expect(w04(above)).toMatchObject({ ok: false, acknowledged: false });
    expect(w04(above).explanation).toEqual({
      vi: '10 lỗi còn sót trên 5000 ô kiểm tra: 2,00 (0,96–3,67)/1.000 ô, vượt ngưỡng 1,00.',
      en: '10 residual errors in 5000 fields audited: 2.00 (0.96–3.67) per 1,000, above the bound of 1.00.',
    });
    expect(blocking(reconcile(above)).map((line) => line.rule)).toEqual(['W04']);
    const acknowledged = contest(audit(10, 5000), { W04: 'Các lỗi tìm thấy đã được sửa' });
    expect(w04(acknowledged)).toMatchObject({ ok: false, acknowledged: true });
    expect(blocking(reconcile(acknowledged))).toEqual([]);
  });

  it('warns while an audit is drawn but not keyed or not judged: its rate is not known yet', () => {
    expect(w04(contest(audit(0, 0, 1)))).toMatchObject({ ok: false });
    expect(w04(contest(audit(0, 3200, 2))).explanation.vi).toContain(
      'Còn 2 lô đang kiểm tra chất lượng nhập chưa xong',
    );
  });
});
