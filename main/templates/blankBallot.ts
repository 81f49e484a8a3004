import { type DocumentSource, documentWithoutCharts, escapeHtml, htmlPage } from '../print';
import { templateVersion } from './templateStore';
import { subjectPlaceholder, unitPlaceholder, type TemplateContent } from '../../shared/templates/templateContent';

export interface BallotFill {
  readonly subjectName?: string;
  readonly unitName?: string;
}

/** Where a name is written in by hand. */
const writeInDots = '……………………';
/** Lines left for the answer to "Ý KIẾN KHÁC", as on the paper form. */
const otherOpinionLines = 4;
/** A rating ballot's rows are people listed per contest; the blank form leaves this many lines. */
const blankPeopleRows = 12;

const placeholderPattern = new RegExp(
  `(${[subjectPlaceholder, unitPlaceholder].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
);

/** The word before a write-in ("đ/c", "trường") stays on the same line as the dots: a no-break space. */
const spaceBeforePlaceholder = new RegExp(` (?=${placeholderPattern.source})`, 'g');

function writeIn(name: string | undefined): string {
  return name?.trim() ? `<span class="filled">${escapeHtml(name.trim())}</span>` : writeInDots;
}

function subtitleHtml(subtitle: string, fill: BallotFill): string {
  return subtitle
    .split('\n')
    .map((line) =>
      line
        .replace(spaceBeforePlaceholder, '\u00a0')
        .split(placeholderPattern)
        .map((part) => {
          if (part === subjectPlaceholder) return writeIn(fill.subjectName);
          if (part === unitPlaceholder) return writeIn(fill.unitName);
          return escapeHtml(part);
        })
        .join(''),
    )
    .join('<br>');
}

/** "Ghi chú (Đối với …)": the name in bold, the explanation under it in italics, as on the paper form. */
function noteHeadingHtml(noteColumn: string): string {
  const match = /^([^(]+?)\s*(\(.*\))$/s.exec(noteColumn);
  if (!match) return escapeHtml(noteColumn);
  return `${escapeHtml(match[1] ?? '')}<span class="explanation">${escapeHtml(match[2] ?? '')}</span>`;
}

function markLabels(content: TemplateContent): readonly string[] {
  return content.scale === 'points10' ? Array.from({ length: 10 }, (_, index) => String(index + 1)) : content.levels;
}

function columnsHtml(content: TemplateContent, markCount: number): string {
  const markClass = { levels4: 'mark', rating4: 'mark-wide', points10: 'point' }[content.scale];
  const note =
    content.noteColumn === null ? '' : `<col class="${content.noteColumn.includes('(') ? 'note' : 'note-narrow'}">`;
  return `<colgroup><col class="number"><col>${`<col class="${markClass}">`.repeat(markCount)}${note}</colgroup>`;
}

function headHtml(content: TemplateContent, marks: readonly string[]): string {
  const levelNumbers = content.showLevelNumbers && content.scale !== 'points10';
  const rowSpan = levelNumbers ? 3 : 2;
  const note =
    content.noteColumn === null ? '' : `<th rowspan="${rowSpan}">${noteHeadingHtml(content.noteColumn)}</th>`;
  const rows = [
    `<tr><th rowspan="${rowSpan}">TT</th><th rowspan="${rowSpan}">${escapeHtml(content.criteriaColumn)}</th><th colspan="${marks.length}">${escapeHtml(content.levelsColumn)}</th>${note}</tr>`,
    `<tr>${marks.map((mark) => `<th class="level">${escapeHtml(mark)}</th>`).join('')}</tr>`,
  ];
  if (levelNumbers)
    rows.push(`<tr>${marks.map((_, index) => `<th class="level-number">(${index + 1})</th>`).join('')}</tr>`);
  return `<thead>\n${rows.join('\n')}\n</thead>`;
}

function criteriaTableHtml(content: TemplateContent): string {
  const marks = markLabels(content);
  const texts =
    content.criteria.length > 0
      ? content.criteria.map((criterion) => criterion.text)
      : Array.from({ length: blankPeopleRows }, () => '');
  const emptyCells = '<td class="mark"></td>'.repeat(marks.length) + (content.noteColumn === null ? '' : '<td></td>');
  const body = texts
    .map(
      (text, index) =>
        `<tr><td class="number">${index + 1}</td><td class="criterion">${escapeHtml(text)}</td>${emptyCells}</tr>`,
    )
    .join('\n');
  return `<table class="criteria">${columnsHtml(content, marks.length)}\n${headHtml(content, marks)}\n<tbody>\n${body}\n</tbody></table>`;
}

/**
 * The blank ballot as the paper form of seed 000 prints it (title, subtitle with the names
 * written in, the criteria table, other opinions, prestige). Ballots carry no issuing-body
 * header: the paper form has none, and nothing on it may point to who filled it in.
 */
export function blankBallotHtml(content: TemplateContent, fill: BallotFill = {}): string {
  const parts = [
    `<h1 class="ballot-title">${escapeHtml(content.title)}</h1>`,
    content.subtitle.trim() ? `<p class="ballot-subtitle">${subtitleHtml(content.subtitle, fill)}</p>` : '',
    `<h2 class="section-heading">${escapeHtml(content.criteriaHeading)}</h2>`,
    criteriaTableHtml(content),
  ];
  if (content.otherHeading !== null) {
    parts.push(
      `<h2 class="section-heading">${escapeHtml(content.otherHeading)}</h2>`,
      '<div class="dotted-line"></div>'.repeat(otherOpinionLines),
    );
  }
  if (content.prestigeHeading !== null) {
    const choices = content.prestigeLevels
      .map((level) => `<span class="choice"><span class="tick-box"></span>${escapeHtml(level)}</span>`)
      .join('');
    parts.push(
      `<h2 class="section-heading">${escapeHtml(content.prestigeHeading)}</h2>`,
      `<div class="prestige">${choices}</div>`,
    );
  }
  return htmlPage(content.title, parts.filter(Boolean).join('\n'));
}

/** The blank ballot of a template version, as it is printed for a conference. */
export const blankBallotSource: DocumentSource<'blankBallot'> = (db, { versionId }) => {
  const version = templateVersion(db, versionId);
  return documentWithoutCharts(
    `${version.name} (${version.version})`,
    `phieu-trang-${version.version}.pdf`,
    blankBallotHtml(version.content),
  );
};
