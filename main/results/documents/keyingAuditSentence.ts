import { perThousandText, type ResidualErrorRate } from '../../../shared/counting/residualErrorRate';
import type { ContestKeyingAudit } from '../../counting';

const per = (value: number) => perThousandText(value, 'vi');

/** "1 lỗi còn sót trên 160 ô — 6,25/1.000 ô (khoảng tin cậy 95%: 0,16–34,29)". */
function rateWords(rate: ResidualErrorRate): string {
  if (rate.perThousand === null) return 'chưa so sánh ô nào';
  return `${rate.errors} lỗi còn sót trên ${rate.fields} ô — ${per(rate.perThousand)}/1.000 ô (khoảng tin cậy 95%: ${per(
    rate.lowerPerThousand!,
  )}–${per(rate.upperPerThousand!)})`;
}

const stateWords = {
  notDrawn: 'chưa rút mẫu',
  drawn: 'chưa nhập lại',
  keying: 'đang nhập lại',
  judging: 'chưa kết luận xong',
};

/**
 * "Kiểm tra chất lượng nhập phiếu: …" in the counting minutes: the contest's audits pooled, then
 * per batch the paper positions keyed again, the fields compared, the residual errors and the
 * rate with its exact 95 % interval. Nothing at all for a contest without an audit, whose minutes
 * then read exactly as before.
 */
export function keyingAuditHtml(audit: ContestKeyingAudit | null | undefined): string {
  if (!audit || audit.batches.length === 0) return '';
  const sampled = audit.batches.reduce((sum, batch) => sum + batch.positions.length, 0);
  const lines = audit.batches.map((batch) => {
    const positions = `phiếu thứ ${batch.positions.join(', ')}`;
    const outcome = batch.state === 'done' ? rateWords(batch.rate) : stateWords[batch.state];
    return `<li>Lô ${batch.batchNumber}: ${positions}; ${outcome}.</li>`;
  });
  return `<p class="keying-audit">Kiểm tra chất lượng nhập phiếu: ${audit.batches.length} lô, nhập lại ${sampled} phiếu rút ngẫu nhiên; ${rateWords(
    audit.rate,
  )}; ngưỡng cảnh báo ${per(audit.boundPerThousand)}/1.000 ô.</p>
<ul class="keying-audit">
${lines.join('\n')}
</ul>`;
}
