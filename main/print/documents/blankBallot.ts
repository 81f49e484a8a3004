import { subjectPlaceholder, unitPlaceholder, type TemplateContent } from '../../../shared/templates/templateContent';
import { escapeHtml } from '../escapeHtml';
import { htmlPage } from '../partyDocument';

const dots = '……………………………';

function subtitleHtml(subtitle: string, fill: { subjectName?: string; unitName?: string }): string {
  return subtitle
    .split('\n')
    .map((line) =>
      line
        .split(/(«người được góp ý»|«đơn vị»)/)
        .map((part) => {
          if (part === subjectPlaceholder)
            return fill.subjectName ? escapeHtml(fill.subjectName) : `<span class="blank">${dots}</span>`;
          if (part === unitPlaceholder)
            return fill.unitName ? escapeHtml(fill.unitName) : `<span class="blank">${dots}</span>`;
          return escapeHtml(part);
        })
        .join(''),
    )
    .join('<br>');
}

function criteriaTable(content: TemplateContent): string {
  const marks =
    content.scale === 'points10' ? Array.from({ length: 10 }, (_, index) => String(index + 1)) : content.levels;
  const note = content.noteColumn !== null;
  const numbers = content.showLevelNumbers && content.scale !== 'points10';
  const head = `<thead>
<tr><th rowspan="${numbers ? 3 : 2}">TT</th><th rowspan="${numbers ? 3 : 2}">${escapeHtml(content.criteriaColumn)}</th><th colspan="${marks.length}">${escapeHtml(content.levelsColumn)}</th>${
    note ? `<th rowspan="${numbers ? 3 : 2}">${escapeHtml(content.noteColumn ?? '')}</th>` : ''
  }</tr>
<tr>${marks.map((mark) => `<th class="level">${escapeHtml(mark)}</th>`).join('')}</tr>
${numbers ? `<tr>${marks.map((_, index) => `<th>(${index + 1})</th>`).join('')}</tr>` : ''}
</thead>`;
  // A rating ballot's rows are people, written in per contest; the blank form leaves lines for them.
  const rows =
    content.criteria.length > 0
      ? content.criteria.map((criterion) => criterion.text)
      : Array.from({ length: 12 }, () => '');
  const body = rows
    .map(
      (text, index) =>
        `<tr><td class="number">${index + 1}</td><td class="criterion">${escapeHtml(text)}</td>${marks.map(() => '<td class="mark"></td>').join('')}${
          note ? '<td class="note"></td>' : ''
        }</tr>`,
    )
    .join('');
  const markColumn = content.scale === 'points10' ? 'points' : 'mark';
  const columns = `<colgroup><col class="number"><col>${marks.map(() => `<col class="${markColumn}">`).join('')}${note ? '<col class="note">' : ''}</colgroup>`;
  return `<table class="criteria">${columns}${head}<tbody>${body}</tbody></table>`;
}

/** The paper form of seed 000 (or any template): what participants mark by hand. */
export function blankBallotHtml(
  content: TemplateContent,
  fill: { subjectName?: string; unitName?: string } = {},
): string {
  const parts = [
    `<h1 class="ballot-title">${escapeHtml(content.title)}</h1>`,
    content.subtitle ? `<p class="ballot-subtitle">${subtitleHtml(content.subtitle, fill)}</p>` : '',
    `<p class="section-heading">${escapeHtml(content.criteriaHeading)}</p>`,
    criteriaTable(content),
  ];
  if (content.otherHeading !== null) {
    parts.push(
      `<p class="section-heading">${escapeHtml(content.otherHeading)}</p>`,
      '<div class="dotted-line"></div>'.repeat(4),
    );
  }
  if (content.prestigeHeading !== null) {
    parts.push(
      `<p class="section-heading">${escapeHtml(content.prestigeHeading)}</p>`,
      `<div class="prestige">${content.prestigeLevels.map((level) => `<span><span class="tick-box"></span>${escapeHtml(level)}</span>`).join('')}</div>`,
    );
  }
  return htmlPage(content.title, parts.join('\n'));
}
