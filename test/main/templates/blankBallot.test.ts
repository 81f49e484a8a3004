import { describe, expect, it } from 'vitest';
import { blankBallotHtml } from '../../../main/templates/blankBallot';
import { escapeHtml } from '../../../main/print/escapeHtml';
import { memberRatingForm, schoolForm, wardForm } from '../../../shared/templates/builtInTemplates';
import type { TemplateContent } from '../../../shared/templates/templateContent';

const rowsOf = (html: string) => html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>')).split('<tr>').slice(1);

describe('blankBallotHtml', () => {
  it.each([
    ['school', schoolForm],
    ['ward', wardForm],
  ])('prints every criterion of the %s form, escaped, one numbered row each', (_, form) => {
    const html = blankBallotHtml(form);
    const rows = rowsOf(html);
    expect(rows).toHaveLength(form.criteria.length);
    form.criteria.forEach((criterion, index) => {
      expect(rows[index]).toContain(
        `<td class="number">${index + 1}</td><td class="criterion">${escapeHtml(criterion.text)}</td>`,
      );
      // TT, the criterion, four levels and the note.
      expect(rows[index]!.match(/<td/g)).toHaveLength(7);
    });
  });

  it('has the title and the three sections of the paper form, with a box before each prestige level', () => {
    const html = blankBallotHtml(schoolForm);
    expect(html).toContain('<h1 class="ballot-title">PHIẾU XIN Ý KIẾN ĐÁNH GIÁ</h1>');
    for (const heading of [
      'I. NỘI DUNG XIN Ý KIẾN',
      'II. Ý KIẾN KHÁC',
      'III. ĐÁNH GIÁ MỨC ĐỘ UY TÍN CỦA CÁ NHÂN LÃNH ĐẠO',
    ])
      expect(html).toContain(`<h2 class="section-heading">${heading}</h2>`);
    for (const level of schoolForm.prestigeLevels)
      expect(html).toContain(`<span class="choice"><span class="tick-box"></span>${level}</span>`);
    expect(html.match(/class="dotted-line"/g)).toHaveLength(4);
    expect(html).not.toContain('class="doc-header"');
  });

  it('puts the level names under the levels header, and the ward form its (1)–(4) under them', () => {
    const school = blankBallotHtml(schoolForm);
    const ward = blankBallotHtml(wardForm);
    for (const html of [school, ward]) {
      expect(html).toContain('<th colspan="4">Đánh giá mức độ thực hiện</th>');
      expect(html).toContain(
        '<tr><th class="level">Rất tốt</th><th class="level">Tốt</th><th class="level">Trung bình</th><th class="level">Yếu kém</th></tr>',
      );
      expect(html).toContain('Ghi chú<span class="explanation">(Đối với những nội dung');
    }
    expect(ward).toContain('<th class="level-number">(1)</th><th class="level-number">(2)</th>');
    expect(ward).toContain('<th rowspan="3">TT</th>');
    expect(school).not.toContain('(1)</th>');
    expect(school).toContain('<th rowspan="2">TT</th>');
  });

  it('prints dotted lines where the names go, unless it is given them', () => {
    const blank = blankBallotHtml(schoolForm);
    expect(blank).not.toMatch(/[«»]/);
    expect(blank).toContain('của đ/c\u00a0……………………');
    const filled = blankBallotHtml(wardForm, { subjectName: 'Nguyễn Văn <A>', unitName: 'Phúc Đồng' });
    expect(filled).toContain(
      'của đ/c\u00a0<span class="filled">Nguyễn Văn &lt;A&gt;</span> Phường\u00a0<span class="filled">Phúc Đồng</span>',
    );
    expect(filled).toContain('nêu gương<br>của đ/c');
  });

  it('prints one column per score for a 10-point form, and lines for the people of a rating form', () => {
    const points: TemplateContent = { ...schoolForm, scale: 'points10', levels: [], noteColumn: null };
    const html = blankBallotHtml(points);
    expect(html.match(/<th class="level">\d+<\/th>/g)?.map((cell) => cell.replace(/\D/g, ''))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(html.match(/<col class="point">/g)).toHaveLength(10);
    expect(rowsOf(html)[0]!.match(/<td/g)).toHaveLength(12);

    const rating = blankBallotHtml(memberRatingForm);
    expect(rowsOf(rating)).toHaveLength(12);
    expect(rating).toContain('<th class="level">Hoàn thành xuất sắc nhiệm vụ</th>');
    expect(rating).not.toContain('class="tick-box"');
  });
});
