import { describe, expect, it } from 'vitest';
import { drawMinutesHtml } from '../../../main/draws/drawMinutes';
import { sampleDrawMinutes } from './sampleDrawMinutes';

describe('drawMinutesHtml', () => {
  const html = drawMinutesHtml(sampleDrawMinutes);

  it('is a party document: issuing body, party header, date line, title', () => {
    expect(html).toContain('<div class="issuing-body">BAN TUYÊN GIÁO</div>');
    expect(html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(html).toContain('Long Biên, ngày 24 tháng 02 năm 2023');
    expect(html).toContain('<h1 class="doc-title">BIÊN BẢN BỐC THĂM</h1>');
  });

  it('cites the plan, and names the meeting, its chair and its witnesses', () => {
    expect(html).toContain('Thực hiện Kế hoạch số 167-KH/QU ngày 27/01/2023 “Lấy ý kiến góp ý');
    expect(html).toContain('Hôm nay, ngày 24 tháng 02 năm 2023, tại Hội trường Quận ủy');
    expect(html).toContain('Người điều hành: đồng chí Nguyễn Thị Thu Hằng.');
    expect(html).toContain('<li>Vũ Thị Thân</li><li>Nguyễn Thế Thạch</li>');
  });

  it('shows the seed as typed, escaped, in its box, and how anyone can recompute the draw', () => {
    const space = '<span class="space"> </span>';
    expect(html).toContain(
      `<div class="seed">24/02/2023${space}&lt;5&gt;${space}2${space}6${space}&amp;${space}1${space}4${space}3</div>`,
    );
    expect(html).toContain('SHA-256');
    expect(html).toContain('Fisher–Yates');
    expect(html).toContain('<span class="command">kiem-phieu draw verify</span>');
    expect(html).toContain('sha256-ctr-fisher-yates-v1');
    expect(html).toContain('<span class="command">tools/recompute_draw.py</span>');
  });

  it('gives the seed’s length, its spaces and its UTF-8 bytes, so two spaces cannot pass for one', () => {
    const seed = 'Xúc  xắc 4';
    const spaced = drawMinutesHtml({ ...sampleDrawMinutes, record: { ...sampleDrawMinutes.record, seed } });
    const space = '<span class="space"> </span>';
    expect(spaced).toContain(`<div class="seed">Xúc${space}${space}xắc${space}4</div>`);
    expect(spaced).toContain('Hạt giống gồm 10 ký tự, trong đó có 3 dấu cách');
    expect(spaced).toContain('<span class="seed-bytes">58 c3 ba 63 20 20 78 e1 ba af 63 20 34</span>');
  });

  it('lists each type’s candidates in order and the drawn units in draw order with their numbers', () => {
    expect(html).toContain('1. Trường mầm non: chọn 2 trong 4 đơn vị đủ điều kiện');
    // The numbers are text, not list markers: they are on the paper and in its PDF's text.
    expect(html).toContain(
      '<ol class="candidates"><li>1. Mầm non Bắc Biên</li><li>2. Mầm non Gia Quất</li><li>3. Mầm non Hoa Phượng</li><li>4. Mầm non Long Biên</li></ol>',
    );
    expect(html).toContain(
      '<tr><td class="number">1</td><td class="number">3</td><td>Mầm non Hoa Phượng</td></tr>\n<tr><td class="number">2</td><td class="number">1</td><td>Mầm non Bắc Biên</td></tr>',
    );
    expect(html).toContain('<tr><td class="number">1</td><td class="number">2</td><td>THCS Sài Đồng</td></tr>');
    expect(html).toContain('Các đơn vị trúng thăm, theo thứ tự rút (số thứ tự trong danh sách: 3, 1):');
  });

  it('lists the units left out of each type with why, and says so when none was', () => {
    expect(html).toContain(
      '<ul class="excluded"><li>Mầm non Giang Biên — Chưa có người đứng đầu</li><li>Mầm non Hoa Sữa — Đã lấy ý kiến năm 2022</li></ul>',
    );
    expect(html).toContain('Không có đơn vị nào thuộc loại này bị loại khỏi danh sách bốc thăm.');
    // A draw held before the app kept them prints no list rather than a guessed one.
    expect(drawMinutesHtml({ ...sampleDrawMinutes, excluded: null })).not.toMatch(
      /class="excluded"|Không có đơn vị nào/,
    );
  });

  it('names unit types by their names in headings, and gives each group’s code, count and list size to recompute it', () => {
    const headings = html.match(/<h3 class="group-heading">[^<]*<\/h3>/g)!.join('\n');
    expect(headings).not.toMatch(/mam_non|thcs/);
    expect(html.match(/mam_non/g)).toHaveLength(1);
    expect(html).toContain(
      '<p class="verification-note draw-note">Để kiểm tra lại: mã loại đơn vị <span class="command">mam_non</span>, số đơn vị chọn 2, danh sách 4 đơn vị.</p>',
    );
    expect(html).toContain(
      '<p class="verification-note draw-note">Để kiểm tra lại: mã loại đơn vị <span class="command">thcs</span>, số đơn vị chọn 1, danh sách 3 đơn vị.</p>',
    );
  });

  it('ends with the witnesses’ lines and the chair’s signature', () => {
    expect(html).toContain('NHỮNG NGƯỜI CHỨNG KIẾN');
    expect(html).toContain('<span class="who">2. Nguyễn Thế Thạch</span>');
    expect(html).toContain(
      '<div class="heading">NGƯỜI ĐIỀU HÀNH</div><div class="space"></div><div class="name">Nguyễn Thị Thu Hằng</div>',
    );
  });

  it('leaves dotted lines for what the meeting did not record', () => {
    const bare = drawMinutesHtml({
      ...sampleDrawMinutes,
      meeting: { heldOn: '2023-02-24', place: '', chair: '', witnesses: [] },
      campaign: { ...sampleDrawMinutes.campaign, planNumber: '' },
    });
    expect(bare).toContain('tại ……………………,');
    expect(bare).toContain('Người điều hành: …………………….');
    expect(bare).toContain('Thực hiện Kế hoạch “');
    expect(bare).not.toContain('class="name"');
  });
});
