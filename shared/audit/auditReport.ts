import { z } from '../schema/z';
import { anchorCheckSchema } from './auditAnchor';

export const auditProblemKinds = [
  'changed',
  'broken-link',
  'missing',
  'truncated',
  'anchor-mismatch',
  'anchor-lost',
] as const;

export const auditProblemLabels = {
  changed: { vi: 'Mục nhật ký đã bị sửa', en: 'The entry was altered' },
  'broken-link': {
    vi: 'Mắt xích nối với mục trước bị đứt (bị xóa hoặc đổi thứ tự)',
    en: 'The link to the previous entry is broken (deleted or reordered)',
  },
  missing: { vi: 'Thiếu mục nhật ký (số thứ tự bị nhảy)', en: 'An entry is missing (the sequence skips)' },
  truncated: { vi: 'Phần cuối nhật ký đã bị cắt bỏ', en: 'The end of the log was cut off' },
  'anchor-mismatch': {
    vi: 'Mục cuối không khớp với mốc đã ký trong tệp khóa',
    en: 'The last entry does not match the signed anchor in the key file',
  },
  'anchor-lost': {
    vi: 'Nhật ký không còn dẫn tới một mốc ghi bên ngoài (kết quả niêm phong đã ký, văn bản in, bản sao lưu): lịch sử trước mốc đã bị viết lại',
    en: 'The log no longer leads to an anchor kept outside it (a signed sealed result, a print, a backup): the history before it was rewritten',
  },
} as const;

export const anchorSourceLabels = {
  seal: { vi: 'kết quả niêm phong', en: 'sealed result' },
  typed: { vi: 'gõ từ giấy', en: 'typed from paper' },
  backup: { vi: 'bản sao lưu', en: 'backup' },
} as const;

export const auditVerificationSchema = z
  .object({
    ok: z.boolean(),
    entriesChecked: z.number().int().min(0),
    anchorSequence: z.number().int().min(0),
    firstProblem: z
      .object({ sequence: z.number().int(), kind: z.enum(auditProblemKinds) })
      .strict()
      .nullable(),
    /** The anchors kept outside the chain, each checked against it. */
    anchors: z.array(anchorCheckSchema),
  })
  .strict();

export type AuditVerification = z.infer<typeof auditVerificationSchema>;
