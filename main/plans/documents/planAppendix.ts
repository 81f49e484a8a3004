import { formatVietnameseDate } from '../../../shared/campaigns/calendar';
import { appendixColumns } from '../../../shared/plans/appendixRows';
import { occurrenceStatusLabels, type PlanSummary, type PlanTask } from '../../../shared/plans/planSchemas';
import { fileNamePart } from '../../../shared/text/fileNames';
import { type DocumentSource, documentWithoutCharts, escapeHtml, htmlPage } from '../../print';
import { planDetail } from '../planViews';

/**
 * Phụ lục — tiến độ thực hiện nhiệm vụ (issue 18, point 2): the plan's appendix in the columns the
 * office wrote it in (seed 004, Kế hoạch 35-KH/HU), each task with how many of its occurrences are
 * done, due and planned, those overdue and where the latest due one stands, on a given day.
 */

/** Where one task stands on the day asked about. */
export interface TaskProgress {
  readonly done: number;
  /** Due on or before the day. */
  readonly due: number;
  readonly planned: number;
  /** The labels of the occurrences due before the day and not done, oldest first ("Quý III/2022"). */
  readonly overdue: readonly string[];
  /** The occurrence due last on or before the day; null while none is due. */
  readonly latest: PlanTask['occurrences'][number] | null;
}

export function taskProgress(task: PlanTask, asOf: string): TaskProgress {
  const due = task.occurrences.filter((occurrence) => occurrence.due <= asOf);
  return {
    done: task.occurrences.filter((occurrence) => occurrence.status === 'done').length,
    due: due.length,
    planned: task.occurrences.length,
    overdue: task.occurrences.filter((occurrence) => occurrence.overdue).map((occurrence) => occurrence.label),
    latest: due.reduce<TaskProgress['latest']>(
      (latest, occurrence) => (latest === null || occurrence.due >= latest.due ? occurrence : latest),
      null,
    ),
  };
}

/** Up to this many overdue periods are named; more are counted, from the oldest, so a monthly task keeps its row short. */
const overdueNamedAtMost = 4;

export function overdueInWords(labels: readonly string[]): string {
  if (labels.length === 0) return '–';
  if (labels.length <= overdueNamedAtMost) return labels.join(', ');
  return `${labels.length} lần, từ ${labels[0]!}`;
}

export function latestInWords(latest: TaskProgress['latest']): string {
  if (latest === null) return 'Chưa đến hạn';
  const status = occurrenceStatusLabels[latest.status].vi;
  return `${latest.label}: ${latest.overdue ? `${status}, ${occurrenceStatusLabels.overdue.vi.toLocaleLowerCase('vi')}` : status}`;
}

/**
 * A plan's date as the seed's appendix cites it ("ngày 05/5/2021"): the day on two digits, the
 * month without its zero from March on, as Nghị định 30/2020 writes a document's date.
 */
export function citedDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  const monthNumber = Number(month);
  return `${day}/${monthNumber < 3 ? month : String(monthNumber)}/${year}`;
}

/** "(ban hành kèm theo Kế hoạch số 35-KH/HU ngày 05/5/2021 của Huyện ủy Gia Lâm)". */
export function attachedToText(plan: Pick<PlanSummary, 'number' | 'issuedOn' | 'issuer'>): string {
  const number = plan.number.trim() ? ` số ${plan.number.trim()}` : '';
  const issuer = plan.issuer.trim() ? ` của ${plan.issuer.trim()}` : '';
  return `(ban hành kèm theo Kế hoạch${number} ngày ${citedDate(plan.issuedOn)}${issuer})`;
}

/** "3." as the appendix numbers its rows; a number that is not a plain figure stays as written. */
const numberText = (number: string | null) => (number === null ? '' : /^\d+$/.test(number) ? `${number}.` : number);

const textCell = (text: string) => `<td>${escapeHtml(text)}</td>`;
const numberCell = (text: string | number) => `<td class="number">${escapeHtml(text)}</td>`;

function taskRowHtml(task: PlanTask, asOf: string): string {
  const progress = taskProgress(task, asOf);
  return `<tr>${[
    numberCell(numberText(task.number)),
    textCell(task.content),
    textCell(task.leadBody),
    textCell(task.coordinatingBodies),
    textCell(task.deadlineText),
    textCell(task.leader),
    numberCell(progress.done),
    numberCell(progress.due),
    numberCell(progress.planned),
    textCell(overdueInWords(progress.overdue)),
    textCell(latestInWords(progress.latest)),
  ].join('')}</tr>`;
}

function totalRowHtml(tasks: readonly PlanTask[], asOf: string): string {
  const all = tasks.map((task) => taskProgress(task, asOf));
  const sum = (pick: (progress: TaskProgress) => number) => all.reduce((total, progress) => total + pick(progress), 0);
  const overdue = sum((progress) => progress.overdue.length);
  return `<tr class="total"><td colspan="6">Cộng: ${tasks.length} nhiệm vụ</td>${numberCell(
    sum((progress) => progress.done),
  )}${numberCell(sum((progress) => progress.due))}${numberCell(sum((progress) => progress.planned))}${textCell(
    overdue === 0 ? '–' : `${overdue} lần`,
  )}<td></td></tr>`;
}

export function planAppendixTitle(plan: Pick<PlanSummary, 'number'>): string {
  const number = plan.number.trim();
  return `Phụ lục tiến độ thực hiện nhiệm vụ${number ? ` - Kế hoạch số ${number}` : ''}`;
}

export interface PlanAppendixInput {
  readonly plan: PlanSummary;
  readonly tasks: readonly PlanTask[];
  /** YYYY-MM-DD: the day progress is counted to. */
  readonly asOf: string;
}

export function planAppendixHtml({ plan, tasks, asOf }: PlanAppendixInput): string {
  const asOfText = formatVietnameseDate(asOf);
  const heading = `<div class="appendix-heading">
<h1 class="doc-title">PHỤ LỤC</h1>
<p class="appendix-title">TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ</p>
<p class="plan-title">${escapeHtml(plan.title)}</p>
<p class="attached-to">${escapeHtml(attachedToText(plan))}</p>
<p class="as-of">Tính đến ngày ${escapeHtml(asOfText)}</p>
</div>`;
  const table = `<table class="appendix"><colgroup><col class="task-number"><col><col class="body"><col class="coordinating"><col class="deadline"><col class="leader"><col class="count"><col class="count"><col class="count"><col class="overdue"><col class="latest"></colgroup>
<thead><tr>${appendixColumns.map((column) => `<th rowspan="3">${escapeHtml(column.vi)}</th>`).join('')}<th colspan="5">Tiến độ đến ngày ${escapeHtml(asOfText)}</th></tr>
<tr><th colspan="3">Số lần</th><th rowspan="2">Quá hạn</th><th rowspan="2">Lần đến hạn gần nhất</th></tr>
<tr><th class="count">Hoàn thành</th><th class="count">Đến hạn</th><th class="count">Cả kế hoạch</th></tr></thead>
<tbody>
${tasks.map((task) => taskRowHtml(task, asOf)).join('\n')}
${totalRowHtml(tasks, asOf)}
</tbody></table>`;
  const note = `<p class="note">Số lần: đã hoàn thành, đã đến hạn đến hết ngày ${escapeHtml(
    asOfText,
  )} và phải thực hiện trong cả thời gian của Kế hoạch (${escapeHtml(formatVietnameseDate(plan.fromDate))} - ${escapeHtml(
    formatVietnameseDate(plan.toDate),
  )}). Quá hạn: các lần đã đến hạn trước ngày ${escapeHtml(asOfText)} mà chưa hoàn thành.</p>`;
  return htmlPage(planAppendixTitle(plan), [heading, table, note].join('\n'));
}

/**
 * A plan's appendix with its progress on `asOf`, today when not given. An appendix carries no
 * header of its own (36-HD/VPTW): it is cited to its plan, and the day counted to dates it.
 */
export const planAppendixSource: DocumentSource<'planAppendix'> = (db, { planId, asOf }, today) => {
  const day = asOf ?? today;
  const { plan, tasks } = planDetail(db, planId, day);
  return documentWithoutCharts(
    planAppendixTitle(plan),
    `phu-luc-tien-do-${fileNamePart(plan.number, 'ke-hoach')}.pdf`,
    planAppendixHtml({ plan, tasks, asOf: day }),
  );
};
