import type { Bilingual } from '../i18n/language';
import { invalidReasonLabels, invalidReasons, type InvalidReason } from './ballot';
import { perThousandText, residualErrorRate } from './residualErrorRate';

/**
 * Reconciliation (đối chiếu), as in the Kiesraad's Abacus: errors block — a count that does not
 * balance; warnings must be acknowledged by the head with a written reason. The rule codes are
 * the ones the screen, the tests and the README cite. Integers only: no rounding anywhere.
 */
export const errorRules = ['R00', 'R01', 'R02', 'R03', 'R04', 'R05', 'R06', 'R07'] as const;
export const warningRules = ['W01', 'W02', 'W03', 'W04'] as const;
export type ErrorRule = (typeof errorRules)[number];
export type WarningRule = (typeof warningRules)[number];
export type RuleCode = ErrorRule | WarningRule;

export function isWarningRule(rule: RuleCode): rule is WarningRule {
  return (warningRules as readonly RuleCode[]).includes(rule);
}

export interface ContestCounts {
  readonly issued: number;
  readonly returned: number;
  readonly notReturned: number;
  readonly valid: number;
  readonly invalid: Readonly<Record<InvalidReason, number>>;
}

export interface ReconciliationInput {
  readonly counts: ContestCounts | null;
  readonly conference: { readonly convened: number; readonly present: number } | null;
  readonly keyed: { readonly valid: number; readonly invalid: Readonly<Record<InvalidReason, number>> };
  readonly batches: { readonly total: number; readonly unverified: number };
  readonly unresolvedMismatches: number;
  readonly acknowledged: Partial<Record<WarningRule, string>>;
  /** The conference's voting kiosk, when it issued codes (issue 19): codes issued, used, and whether closed. */
  readonly kiosk?: { readonly issued: number; readonly used: number; readonly closed: boolean } | null;
  /**
   * The contest's keying-quality audits (issue 21): residual errors found in the fields compared
   * by the audits fully judged, those still pending, and the campaign's bound per 1,000 fields.
   */
  readonly keyingAudit?: {
    readonly errors: number;
    readonly fields: number;
    readonly pending: number;
    readonly boundPerThousand: number;
  } | null;
}

export interface ReconciliationLine {
  readonly rule: RuleCode;
  readonly severity: 'error' | 'warning';
  readonly ok: boolean;
  readonly acknowledged: boolean;
  readonly title: Bilingual;
  readonly explanation: Bilingual;
}

export const ruleTitles: Readonly<Record<RuleCode, Bilingual>> = {
  R00: { vi: 'Đã ghi hội nghị và số phiếu', en: 'Conference and counts recorded' },
  R01: { vi: 'Phát ra = thu về + không thu về', en: 'Issued = returned + not returned' },
  R02: { vi: 'Thu về = hợp lệ + không hợp lệ', en: 'Returned = valid + invalid' },
  R03: { vi: 'Số phiếu hợp lệ đã nhập = số phiếu hợp lệ', en: 'Valid ballots keyed = valid ballots' },
  R04: {
    vi: 'Số phiếu không hợp lệ đã nhập = số phiếu không hợp lệ, theo từng lý do',
    en: 'Invalid ballots keyed = invalid ballots, by reason',
  },
  R05: { vi: 'Mọi lô phiếu đã nhập đủ hai lần và được xác nhận', en: 'Every batch keyed twice and verified' },
  R06: { vi: 'Không còn chỗ khác nhau chưa xử lý', en: 'No unsettled double-entry difference' },
  R07: {
    vi: 'Máy bỏ phiếu điện tử đã đóng (phiếu điện tử đã vào lô)',
    en: 'Voting kiosk closed (electronic ballots in batches)',
  },
  W01: { vi: 'Phiếu không hợp lệ từ 3% số phiếu thu về', en: 'Invalid ballots at 3% of returned or more' },
  W02: {
    vi: 'Số người có mặt dưới 2/3 số được triệu tập (Quy định 96-QĐ/TW)',
    en: 'Present below two thirds of convened (Regulation 96-QĐ/TW)',
  },
  W03: { vi: 'Số người có mặt khác số phiếu thu về', en: 'Present differs from ballots returned' },
  W04: {
    vi: 'Lỗi nhập còn sót sau hai lần nhập vượt ngưỡng (kiểm tra chất lượng nhập)',
    en: 'Residual keying errors above the bound (keying-quality audit)',
  },
};

const sum = (values: Readonly<Record<InvalidReason, number>>) =>
  invalidReasons.reduce((total, reason) => total + values[reason], 0);
const both = (vi: string, en: string): Bilingual => ({ vi, en });
const missingCounts = both(
  'Chưa ghi số phiếu của biên bản kiểm phiếu.',
  'The counts of the counting record are not entered yet.',
);
const missingConference = both(
  'Chưa ghi hội nghị (số được triệu tập, số có mặt).',
  'The conference (convened, present) is not recorded yet.',
);

type Check = { ok: boolean; explanation: Bilingual };

function countChecks(input: ReconciliationInput): Record<ErrorRule, Check> {
  const { counts, conference, keyed, batches, unresolvedMismatches } = input;
  const needsCounts: Check = { ok: false, explanation: missingCounts };
  const invalid = counts ? sum(counts.invalid) : 0;
  const keyedInvalid = sum(keyed.invalid);
  const differingReasons = counts
    ? invalidReasons.filter((reason) => counts.invalid[reason] !== keyed.invalid[reason])
    : [];
  return {
    R00: {
      ok: counts !== null && conference !== null,
      explanation:
        counts && conference
          ? both('Đã có hội nghị và số phiếu.', 'Conference and counts are recorded.')
          : both(
              [!conference ? missingConference.vi : '', !counts ? missingCounts.vi : ''].filter(Boolean).join(' '),
              [!conference ? missingConference.en : '', !counts ? missingCounts.en : ''].filter(Boolean).join(' '),
            ),
    },
    R01: !counts
      ? needsCounts
      : (() => {
          const gap = counts.issued - counts.returned - counts.notReturned;
          const figures = `${counts.issued} = ${counts.returned} + ${counts.notReturned}`;
          if (gap === 0)
            return {
              ok: true,
              explanation: both(
                `Phát ra ${figures} (thu về + không thu về).`,
                `Issued ${figures} (returned + not returned).`,
              ),
            };
          return {
            ok: false,
            explanation: both(
              `Phát ra ${counts.issued} ≠ thu về ${counts.returned} + không thu về ${counts.notReturned} (${gap > 0 ? `thiếu ${gap}` : `thừa ${-gap}`} phiếu).`,
              `Issued ${counts.issued} ≠ returned ${counts.returned} + not returned ${counts.notReturned} (${gap > 0 ? `${gap} ballot${gap === 1 ? '' : 's'} unaccounted for` : `${-gap} too many`}).`,
            ),
          };
        })(),
    R02: !counts
      ? needsCounts
      : counts.returned === counts.valid + invalid
        ? {
            ok: true,
            explanation: both(
              `Thu về ${counts.returned} = hợp lệ ${counts.valid} + không hợp lệ ${invalid}.`,
              `Returned ${counts.returned} = valid ${counts.valid} + invalid ${invalid}.`,
            ),
          }
        : {
            ok: false,
            explanation: both(
              `Thu về ${counts.returned} ≠ hợp lệ ${counts.valid} + không hợp lệ ${invalid}.`,
              `Returned ${counts.returned} ≠ valid ${counts.valid} + invalid ${invalid}.`,
            ),
          },
    R03: !counts
      ? needsCounts
      : {
          ok: keyed.valid === counts.valid,
          explanation: both(
            `Đã nhập ${keyed.valid} phiếu hợp lệ ${keyed.valid === counts.valid ? '=' : '≠'} ${counts.valid} phiếu hợp lệ ghi trong biên bản.`,
            `${keyed.valid} valid ballots keyed ${keyed.valid === counts.valid ? '=' : '≠'} ${counts.valid} valid in the counting record.`,
          ),
        },
    R04: !counts
      ? needsCounts
      : differingReasons.length === 0
        ? {
            ok: true,
            explanation: both(
              `Đã nhập ${keyedInvalid} phiếu không hợp lệ, khớp từng lý do.`,
              `${keyedInvalid} invalid ballots keyed, matching each reason.`,
            ),
          }
        : {
            ok: false,
            explanation: both(
              differingReasons
                .map(
                  (reason) =>
                    `${invalidReasonLabels[reason].vi}: đã nhập ${keyed.invalid[reason]} ≠ ${counts.invalid[reason]}`,
                )
                .join('; ') + '.',
              differingReasons
                .map(
                  (reason) =>
                    `${invalidReasonLabels[reason].en}: keyed ${keyed.invalid[reason]} ≠ ${counts.invalid[reason]}`,
                )
                .join('; ') + '.',
            ),
          },
    R05:
      batches.unverified > 0
        ? {
            ok: false,
            explanation: both(
              `Còn ${batches.unverified}/${batches.total} lô phiếu chưa được xác nhận.`,
              `${batches.unverified} of ${batches.total} batches not verified yet.`,
            ),
          }
        : batches.total === 0 && (counts?.returned ?? 0) > 0
          ? { ok: false, explanation: both('Chưa có lô phiếu nào được nhập.', 'No batch has been keyed yet.') }
          : {
              ok: true,
              explanation: both(
                `${batches.total} lô phiếu, tất cả đã xác nhận.`,
                `${batches.total} batches, all verified.`,
              ),
            },
    R06:
      unresolvedMismatches > 0
        ? {
            ok: false,
            explanation: both(
              `Còn ${unresolvedMismatches} chỗ khác nhau chưa xử lý.`,
              `${unresolvedMismatches} differences not settled yet.`,
            ),
          }
        : { ok: true, explanation: both('Không còn chỗ khác nhau.', 'No difference left.') },
    R07: kioskCheck(input),
  };
}

/**
 * A kiosk still open holds ballots outside any batch: counting cannot close over them. Its codes
 * stand beside the paper: codes issued are electronic ballots issued, codes used are returned.
 */
function kioskCheck({ kiosk, counts }: ReconciliationInput): Check {
  if (!kiosk) return { ok: true, explanation: both('Không dùng máy bỏ phiếu điện tử.', 'No voting kiosk used.') };
  const paper = counts
    ? both(
        `; phiếu giấy: phát ra ${counts.issued - kiosk.issued}, thu về ${counts.returned - kiosk.used}`,
        `; paper: issued ${counts.issued - kiosk.issued}, returned ${counts.returned - kiosk.used}`,
      )
    : both('', '');
  const figures = both(
    `Phiếu điện tử: mã phát ra ${kiosk.issued}, mã đã dùng ${kiosk.used}${paper.vi}.`,
    `Electronic: codes issued ${kiosk.issued}, codes used ${kiosk.used}${paper.en}.`,
  );
  return kiosk.closed
    ? { ok: true, explanation: both(`${figures.vi} Máy đã đóng.`, `${figures.en} The kiosk is closed.`) }
    : {
        ok: false,
        explanation: both(
          `${figures.vi} Máy bỏ phiếu còn mở: hãy đóng máy để đưa phiếu điện tử vào lô.`,
          `${figures.en} The kiosk is still open: close it to put the electronic ballots into batches.`,
        ),
      };
}

/**
 * The point estimate of the contest's residual error rate against the campaign's bound: any error
 * found in a small sample is itself a surprise at double entry's usual 0.05 per 1,000, worth a
 * written reason; an audit not finished (or not judged) leaves the rate unknown and warns too.
 */
function keyingAuditCheck({ keyingAudit }: ReconciliationInput): Check {
  if (!keyingAudit || (keyingAudit.fields === 0 && keyingAudit.pending === 0))
    return { ok: true, explanation: both('Không kiểm tra chất lượng nhập.', 'No keying-quality audit.') };
  const bound = both(
    perThousandText(keyingAudit.boundPerThousand, 'vi'),
    perThousandText(keyingAudit.boundPerThousand, 'en'),
  );
  if (keyingAudit.pending > 0)
    return {
      ok: false,
      explanation: both(
        `Còn ${keyingAudit.pending} lô đang kiểm tra chất lượng nhập chưa xong (chưa nhập hoặc chưa kết luận).`,
        `${keyingAudit.pending} keying-quality audit${keyingAudit.pending === 1 ? '' : 's'} not finished (not keyed or not judged).`,
      ),
    };
  const rate = residualErrorRate(keyingAudit.errors, keyingAudit.fields);
  const figures = (language: 'vi' | 'en') =>
    `${perThousandText(rate.perThousand!, language)} (${perThousandText(rate.lowerPerThousand!, language)}–${perThousandText(rate.upperPerThousand!, language)})`;
  const ok = rate.perThousand! <= keyingAudit.boundPerThousand;
  return {
    ok,
    explanation: both(
      `${keyingAudit.errors} lỗi còn sót trên ${keyingAudit.fields} ô kiểm tra: ${figures('vi')}/1.000 ô, ${ok ? 'không vượt' : 'vượt'} ngưỡng ${bound.vi}.`,
      `${keyingAudit.errors} residual errors in ${keyingAudit.fields} fields audited: ${figures('en')} per 1,000, ${ok ? 'within' : 'above'} the bound of ${bound.en}.`,
    ),
  };
}

function warningChecks(input: ReconciliationInput): Record<WarningRule, Check> {
  const { counts, conference } = input;
  const invalid = counts ? sum(counts.invalid) : 0;
  return {
    W01: !counts
      ? { ok: false, explanation: missingCounts }
      : counts.returned > 0 && invalid * 100 >= 3 * counts.returned
        ? {
            ok: false,
            explanation: both(
              `${invalid}/${counts.returned} phiếu thu về không hợp lệ: từ 3% trở lên.`,
              `${invalid} of ${counts.returned} returned ballots are invalid: 3% or more.`,
            ),
          }
        : {
            ok: true,
            explanation: both(
              `${invalid}/${counts.returned} phiếu không hợp lệ: dưới 3%.`,
              `${invalid} of ${counts.returned} ballots invalid: under 3%.`,
            ),
          },
    W02: !conference
      ? { ok: false, explanation: missingConference }
      : conference.present * 3 < 2 * conference.convened
        ? {
            ok: false,
            explanation: both(
              `Có mặt ${conference.present}/${conference.convened} người được triệu tập: dưới 2/3.`,
              `${conference.present} of ${conference.convened} convened present: below two thirds.`,
            ),
          }
        : {
            ok: true,
            explanation: both(
              `Có mặt ${conference.present}/${conference.convened}: từ 2/3 trở lên.`,
              `${conference.present} of ${conference.convened} present: two thirds or more.`,
            ),
          },
    W03:
      !counts || !conference
        ? { ok: false, explanation: !conference ? missingConference : missingCounts }
        : conference.present === counts.returned
          ? {
              ok: true,
              explanation: both(
                `Có mặt ${conference.present} = thu về ${counts.returned}.`,
                `Present ${conference.present} = returned ${counts.returned}.`,
              ),
            }
          : {
              ok: false,
              explanation: both(
                `Có mặt ${conference.present} ≠ thu về ${counts.returned}.`,
                `Present ${conference.present} ≠ returned ${counts.returned}.`,
              ),
            },
    W04: keyingAuditCheck(input),
  };
}

/** Every rule, in order, passed or not, with the numbers that decided it. */
export function reconcile(input: ReconciliationInput): ReconciliationLine[] {
  const errors = countChecks(input);
  const warnings = warningChecks(input);
  return [
    ...errorRules.map((rule) => ({
      rule,
      severity: 'error' as const,
      ok: errors[rule].ok,
      acknowledged: false,
      title: ruleTitles[rule],
      explanation: errors[rule].explanation,
    })),
    ...warningRules.map((rule) => {
      const reason = input.acknowledged[rule];
      const ok = warnings[rule].ok;
      return {
        rule,
        severity: 'warning' as const,
        ok,
        acknowledged: !ok && reason !== undefined,
        title: ruleTitles[rule],
        explanation:
          !ok && reason !== undefined
            ? both(
                `${warnings[rule].explanation.vi} Đã xác nhận: ${reason}`,
                `${warnings[rule].explanation.en} Acknowledged: ${reason}`,
              )
            : warnings[rule].explanation,
      };
    }),
  ];
}

/** What stops the counting from closing: failing errors and failing warnings nobody acknowledged. */
export function blocking(lines: readonly ReconciliationLine[]): ReconciliationLine[] {
  return lines.filter((line) => !line.ok && !line.acknowledged);
}

/** The rules that stop a step, in words: "R02 …; W01 …", for the message that refuses it. */
export function rulesInWords(lines: readonly ReconciliationLine[]): Bilingual {
  return {
    vi: lines.map((line) => `${line.rule} ${line.title.vi}`).join('; '),
    en: lines.map((line) => `${line.rule} ${line.title.en}`).join('; '),
  };
}
