import { yearSchema } from '../ratings/ratingSchemas';
import { idSchema, isoDateSchema } from '../schema/common';
import { z } from '../schema/z';
/** What can be printed; each has one HTML document, shown as a preview or printed to PDF. */
export const printableSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('blankBallot'), versionId: idSchema }).strict(),
  z.object({ kind: z.literal('drawMinutes'), campaignId: idSchema }).strict(),
  /** Biên bản kiểm phiếu: one per conference (unit), every contest of it. */
  z.object({ kind: z.literal('countingMinutes'), unitId: idSchema }).strict(),
  /** Biên bản bàn giao: the sealed envelopes of a conference, from the committee to Ban Tuyên giáo. */
  z.object({ kind: z.literal('handOverMinutes'), unitId: idSchema }).strict(),
  /** Biên bản điều chỉnh kết quả kiểm phiếu: one correction after sealing, with both digests. */
  z.object({ kind: z.literal('correctionMinutes'), correctionId: idSchema }).strict(),
  /** Báo cáo kết quả: one person assessed, tables and charts. */
  z.object({ kind: z.literal('resultReport'), contestId: idSchema }).strict(),
  /** Thông báo kết quả: to one person assessed, after the seal — the flagged criteria, prestige, the request to remedy. */
  z.object({ kind: z.literal('resultNotice'), contestId: idSchema }).strict(),
  /** Báo cáo tổng hợp: the district, for Ban Thường vụ. */
  z.object({ kind: z.literal('districtSummary'), campaignId: idSchema }).strict(),
  /** Báo cáo tổng hợp over the sealed results the district received for a campaign (not its own counting). */
  z.object({ kind: z.literal('receivedSummary'), campaignId: idSchema }).strict(),
  /** Báo cáo kết quả thực hiện chỉ tiêu đánh giá, xếp loại chất lượng of a year: the targets report (issue 17). */
  z.object({ kind: z.literal('ratingTargets'), year: yearSchema }).strict(),
  /** Tổng hợp kết quả đánh giá, xếp loại chất lượng of a round: the district, or one organisation and those under it. */
  z.object({ kind: z.literal('ratingRound'), roundId: idSchema, organisationId: idSchema.nullable() }).strict(),
  /** Biên bản kiểm phiếu biểu quyết xếp loại chất lượng: one secret-ballot rating vote of an organisation. */
  z.object({ kind: z.literal('ratingVoteMinutes'), voteId: idSchema }).strict(),
  /** Phụ lục — tiến độ thực hiện nhiệm vụ: a plan's appendix of tasks with their progress on `asOf` (today when absent). */
  z.object({ kind: z.literal('planAppendix'), planId: idSchema, asOf: isoDateSchema.optional() }).strict(),
  /** Báo cáo tình hình xây dựng, thực hiện kế hoạch khắc phục: a campaign's remediation plans on `asOf`, and the change on last year. */
  z.object({ kind: z.literal('remediationReport'), campaignId: idSchema, asOf: isoDateSchema.optional() }).strict(),
  /** Phiếu mã bỏ phiếu điện tử: the slips of one-time codes just issued for a conference's kiosk (the vault keeps only digests, so the codes come with the request). */
  z
    .object({ kind: z.literal('kioskSlips'), unitId: idSchema, codes: z.array(z.string().max(40)).min(1).max(2000) })
    .strict(),
]);

export type Printable = z.infer<typeof printableSchema>;
