import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { digestBlockHtml, qrSvg } from '../../../main/print/digestBlock';
import { countingMinutesHtml, type CountingMinutesInput } from '../../../main/results/documents/countingMinutes';
import { districtSummaryHtml, type DistrictSummaryInput } from '../../../main/results/documents/districtSummary';
import { handOverMinutesHtml } from '../../../main/results/documents/handOverMinutes';
import { chartImageHtml, resultReportHtml, type ResultReportInput } from '../../../main/results/documents/resultReport';
import { printStylesheet } from '../../../main/print/printStylesheet';
import { formatDigest } from '../../../shared/results/digestGroups';
import {
  sampleCampaign,
  sampleCampaignResults,
  sampleConference,
  sampleCounts,
  sampleDigest,
  sampleSeal,
  sampleTally,
  sampleFingerprint,
  sampleComments,
} from './sampleResults';

/** A 1×1 PNG: what the printer's chart page returns, in miniature. */
const tinyPng =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

const tally = sampleTally();
const minutesInput = (sealed: boolean): CountingMinutesInput => ({
  campaign: sampleCampaign,
  unitName: 'THCS Ngọc Lâm',
  conference: sampleConference,
  contests: [
    {
      tally,
      counts: sampleCounts,
      seal: sealed ? sampleSeal() : null,
      signerFingerprint: sealed ? sampleFingerprint : null,
    },
  ],
  date: '2023-05-17',
});
const reportInput = (overrides: Partial<ResultReportInput> = {}): ResultReportInput => ({
  campaign: sampleCampaign,
  tally,
  seal: sampleSeal(),
  signerFingerprint: sampleFingerprint,
  fewBallots: false,
  committee: { head: 'Trần Văn Bình', members: ['Vũ Thị Thân', 'Nguyễn Thế Thạch'] },
  comments: sampleComments,
  charts: { criteria: { src: tinyPng, alt: 'Tỷ lệ theo tiêu chí' }, prestige: { src: tinyPng, alt: 'Uy tín' } },
  date: '2023-05-20',
  ...overrides,
});
const summaryInput: DistrictSummaryInput = {
  campaign: sampleCampaign,
  results: sampleCampaignResults(),
  chart: { src: tinyPng, alt: 'Tổng hợp' },
  date: '2023-06-01',
};

const digestLines = ['3f7a 9c0e 5b2d 4816 a0c3 e5f7 092b 4d6f', '8a1c 3e5d 7f9b 0a2c 4e6d 8f0a 1b3c 5d7e'];
const anyDigest = /[0-9a-f]{4}( [0-9a-f]{4}){7}/;

describe('the QR code and the digest block', () => {
  it('draws exactly the modules qrcode computes for the 64 hex digits, with a quiet zone and three finders', () => {
    const svg = qrSvg(sampleDigest, 'mã');
    const { size, data } = create(sampleDigest, { errorCorrectionLevel: 'M' }).modules;
    const extent = size + 8;
    expect(svg).toContain(`viewBox="0 0 ${extent} ${extent}"`);
    const dark = new Set([...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((match) => `${match[1]},${match[2]}`));
    for (let row = 0; row < size; row += 1)
      for (let column = 0; column < size; column += 1)
        expect(dark.has(`${column + 4},${row + 4}`)).toBe(data[row * size + column] === 1);
    // Finder patterns: the outer ring of each 7×7 square is dark at the three corners.
    for (const [x, y] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ])
      for (let step = 0; step < 7; step += 1) {
        expect(dark.has(`${x! + 4 + step},${y! + 4}`)).toBe(true);
        expect(dark.has(`${x! + 4},${y! + 4 + step}`)).toBe(true);
      }
    expect(svg).not.toMatch(/style|script|http/);
  });

  it('prints the digest in sixteen groups beside its QR code, and "CHƯA NIÊM PHONG" with no code before sealing', () => {
    const sealed = digestBlockHtml(sampleDigest);
    expect(sealed).toContain(`${digestLines[0]}<br>${digestLines[1]}`);
    expect(sealed).toContain('<svg class="qr"');
    const draft = digestBlockHtml(null);
    expect(draft).toContain('CHƯA NIÊM PHONG');
    expect(draft).not.toContain('<svg');
    expect(draft).not.toMatch(anyDigest);
  });
});

describe('countingMinutesHtml (biên bản kiểm phiếu)', () => {
  const html = countingMinutesHtml(minutesInput(true));

  it('is a 36-HD party document of the counting committee, dated the day of the conference', () => {
    expect(html).toContain('<div class="upper-body">BAN THƯỜNG VỤ QUẬN ỦY LONG BIÊN</div>');
    expect(html).toContain('<div class="issuing-body">BAN KIỂM PHIẾU</div>');
    expect(html).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(html).toContain('Long Biên, ngày 17 tháng 05 năm 2023');
    expect(html).toContain('<h1 class="doc-title">BIÊN BẢN KIỂM PHIẾU</h1>');
    expect(html).toContain('Thực hiện Kế hoạch số 167-KH/QU ngày 27/01/2023 của Ban Thường vụ Quận ủy Long Biên');
  });

  it('records the meeting, the attendance and the committee', () => {
    expect(html).toContain('tại Phòng hội đồng trường THCS Ngọc Lâm');
    expect(html).toContain('do đồng chí Ngô Mạnh Điềm chủ trì');
    expect(html).toContain('Số người được triệu tập: 22; số người có mặt: 20 (90,91%).');
    expect(html).toContain('<li>Trần Văn Bình – Trưởng ban</li><li>Vũ Thị Thân – Thành viên</li>');
  });

  it('gives the counts with each invalid reason, the marks per criterion and prestige, the envelope and the digest', () => {
    expect(html).toContain('<td>Số phiếu phát ra</td><td class="number">21</td>');
    expect(html).toContain('<td>Số phiếu không thu về</td><td class="number">1</td>');
    expect(html).toContain('<td>– Phiếu để trống hoàn toàn</td><td class="number">1</td>');
    expect(html).toContain(
      `<tr><td class="number">7</td><td class="criterion">${tally.criteria[6]!.text}</td><td class="number">8</td><td class="number">6</td><td class="number">3</td><td class="number">2</td><td class="number">0</td><td class="number">0</td></tr>`,
    );
    expect(html).toContain('<td class="number">11</td><td class="number">6</td><td class="number">2</td>');
    expect(html).toContain('Số niêm phong của phong bì đựng phiếu: <b>NP-2023-017</b>.');
    expect(html).toContain(digestLines[1]);
    expect(html).not.toContain('BẢN NHÁP');
  });

  it('ends with "T/M BAN KIỂM PHIẾU / TRƯỞNG BAN", the head’s name and the members’ lines', () => {
    expect(html).toContain(
      '<div class="heading">T/M BAN KIỂM PHIẾU</div><div class="heading">TRƯỞNG BAN</div><div class="space"></div><div class="name">Trần Văn Bình</div>',
    );
    expect(html).toContain('<span class="who">1. Vũ Thị Thân</span>');
    expect(html).toContain('<span class="who">2. Nguyễn Thế Thạch</span>');
  });

  it('is a draft before sealing: a banner, "CHƯA NIÊM PHONG", and no digest', () => {
    const draft = countingMinutesHtml(minutesInput(false));
    expect(draft).toContain('BẢN NHÁP – KẾT QUẢ CHƯA NIÊM PHONG');
    expect(draft).toContain('Số niêm phong của phong bì đựng phiếu: CHƯA NIÊM PHONG.');
    expect(draft).not.toMatch(anyDigest);
  });

  it('leaves dotted lines when no conference is recorded', () => {
    const bare = countingMinutesHtml({ ...minutesInput(false), conference: null });
    expect(bare).toContain('Số người được triệu tập: ……………………');
    expect(bare).toContain('<span class="who">1. </span>');
    expect(bare).not.toContain('class="name"');
  });
});

describe('handOverMinutesHtml (biên bản bàn giao)', () => {
  const second = { ...tally, subjectName: 'Lê Văn Cường', positions: ['Chủ tịch UBND phường'] };
  const html = handOverMinutesHtml({
    ...minutesInput(true),
    contests: [
      { tally, counts: sampleCounts, seal: sampleSeal(), signerFingerprint: sampleFingerprint },
      {
        tally: second,
        counts: sampleCounts,
        seal: sampleSeal({ envelopeSeal: 'NP-2023-018' }),
        signerFingerprint: sampleFingerprint,
      },
    ],
  });

  it('hands the envelopes over with seal numbers and ballot counts, and a total', () => {
    expect(html).toContain('<h1 class="doc-title">BIÊN BẢN BÀN GIAO</h1>');
    expect(html).toContain('I. BÊN GIAO: BAN KIỂM PHIẾU');
    expect(html).toContain('II. BÊN NHẬN: BAN TUYÊN GIÁO');
    expect(html).toContain('bàn giao cho bên nhận 2 phong bì');
    expect(html).toContain(
      '<td class="number"><b>NP-2023-017</b></td><td class="number">21</td><td class="number">20</td><td class="number">19</td><td class="number">1</td>',
    );
    expect(html).toContain('<b>NP-2023-018</b>');
    expect(html).toContain(
      '<tr class="total"><td></td><td>Cộng</td><td class="number">2 phong bì</td><td class="number">42</td><td class="number">40</td><td class="number">38</td><td class="number">2</td></tr>',
    );
    expect(html.match(/<svg class="qr"/g)).toHaveLength(2);
  });

  it('is signed by both sides side by side, then the committee members', () => {
    expect(html).toContain(
      '<div class="signatures two-parties"><div class="party-column"><div class="heading">BÊN GIAO</div><div class="heading">T/M BAN KIỂM PHIẾU</div><div class="heading">TRƯỞNG BAN</div><div class="space"></div><div class="name">Trần Văn Bình</div></div><div class="party-column"><div class="heading">BÊN NHẬN</div><div class="heading">T/M BAN TUYÊN GIÁO</div>',
    );
    expect(html).toContain('CÁC THÀNH VIÊN BAN KIỂM PHIẾU');
  });
});

describe('resultReportHtml (báo cáo kết quả)', () => {
  const html = resultReportHtml(reportInput());

  it('names the person and gives the ballots and the base of the percentages', () => {
    expect(html).toContain('<h1 class="doc-title">BÁO CÁO KẾT QUẢ</h1>');
    expect(html).toContain('Lấy ý kiến góp ý đối với đồng chí Nguyễn Thị Hồng Vân');
    expect(html).toContain('<b>Nguyễn Thị Hồng Vân – Bí thư Chi bộ, Hiệu trưởng</b>, THCS Ngọc Lâm');
    expect(html).toContain(
      '<td class="number">21</td><td class="number">20</td><td class="number">19</td><td class="number">1</td>',
    );
    expect(html).toContain('Tỷ lệ phần trăm tính trên 20 phiếu thu về');
  });

  it('gives each criterion’s counts and shares with two decimals, "good or better", and marks the flagged ones', () => {
    expect(html).toContain(
      '<tr><td class="number">1</td><td class="criterion">Là trung tâm của sự đoàn kết trong nhà trường</td><td class="number">12<span class="share">60,00%</span></td><td class="number">6<span class="share">30,00%</span></td>',
    );
    expect(html).toContain('<td class="number">90,00%</td></tr>');
    expect(html).toContain('<tr class="flagged"><td class="number">7<span class="flag">(!)</span></td>');
    expect(html.match(/class="flagged"/g)).toHaveLength(1);
    expect(html).toContain('từ 20,00% trở lên (ngưỡng của đợt lấy ý kiến): 1 nội dung (số 7).');
  });

  it('gives prestige with the 96-QĐ/TW marks, the two charts and the digest', () => {
    expect(html).toContain('Uy tín thấp (thấp và rất thấp): 2 phiếu, 10,00%.');
    expect(html).toContain('Trên 1/2 số phiếu đánh giá uy tín thấp (Quy định 96-QĐ/TW): Không.');
    expect(html).toContain('Từ 2/3 số phiếu trở lên đánh giá uy tín thấp (Quy định 96-QĐ/TW): Không.');
    expect(html.match(/<figure class="chart"><img src="data:image\/png;base64,/g)).toHaveLength(2);
    expect(html).toContain('alt="Tỷ lệ theo tiêu chí"');
    expect(html).toContain(digestLines[0]);
    expect(html).toContain('đã được ký số bởi Trần Văn Bình');
  });

  it('marks low prestige over a half and two thirds', () => {
    const low = sampleTally();
    const marked = resultReportHtml(
      reportInput({ tally: { ...low, prestige: { ...low.prestige!, lowOverHalf: true, lowTwoThirds: true } } }),
    );
    expect(marked).toContain('Trên 1/2 số phiếu đánh giá uy tín thấp (Quy định 96-QĐ/TW): <b>CÓ</b>.');
    expect(marked).toContain('Từ 2/3 số phiếu trở lên đánh giá uy tín thấp (Quy định 96-QĐ/TW): <b>CÓ</b>.');
  });

  it('gives the notes and other comments verbatim in an order that says nothing of the keying, escaped', () => {
    expect(html).toContain('<h2 class="section-heading">IV. Ý KIẾN KHÁC</h2>');
    expect(html).toContain(
      '<ul class="comments"><li>Nội dung 2: «Cần lắng nghe hơn»</li><li>Nội dung 7: «Chưa sâu sát»</li><li>Nội dung 7: «Ít xuống lớp &lt;b&gt;»</li></ul>',
    );
    expect(html).toContain('<ul class="comments"><li>«Đề nghị công khai quỹ hội»</li><li>«Nhiệt tình»</li></ul>');
    const none = resultReportHtml(reportInput({ comments: { ...sampleComments, notes: [], other: [] } }));
    expect(none).toContain('Không có ghi chú nào.');
    expect(none).toContain('Không có ý kiến khác.');
  });

  it('prints no comment below the free-text floor, and says why', () => {
    const withheld = resultReportHtml(
      reportInput({ comments: { withheld: true, textFloor: 20, notes: [], other: [] } }),
    );
    expect(withheld).toContain('không in trong báo cáo này: chỉ có 19 phiếu hợp lệ, dưới ngưỡng 20 phiếu');
    expect(withheld).not.toContain('class="comments"');
  });

  it('warns about privacy only below 5 valid ballots', () => {
    expect(html).not.toContain('LƯU Ý BẢO MẬT');
    const few = resultReportHtml(
      reportInput({
        tally: sampleTally({ ballots: { issued: 4, returned: 4, valid: 4, invalid: 0 } }),
        fewBallots: true,
      }),
    );
    expect(few).toContain('LƯU Ý BẢO MẬT: chỉ có 4 phiếu hợp lệ (dưới 5 phiếu).');
  });

  it('is a draft without a seal, and embeds nothing but a PNG data URL as a chart', () => {
    const draft = resultReportHtml(reportInput({ seal: null }));
    expect(draft).toContain('BẢN NHÁP');
    expect(draft).not.toMatch(anyDigest);
    expect(() => chartImageHtml({ src: 'http://x/y.png', alt: '' })).toThrow();
    expect(() => chartImageHtml({ src: 'data:image/svg+xml;base64,PHN2Zz4=', alt: '' })).toThrow();
    expect(() => chartImageHtml({ src: `${tinyPng}" onerror="x`, alt: '' })).toThrow();
  });
});

describe('districtSummaryHtml (báo cáo tổng hợp)', () => {
  const html = districtSummaryHtml(summaryInput);

  it('reports to Ban Thường vụ per unit type, per unit and district-wide, with the overview chart', () => {
    expect(html).toContain('<h1 class="doc-title">BÁO CÁO TỔNG HỢP KẾT QUẢ</h1>');
    expect(html).toContain('Kính gửi: Ban Thường vụ Quận ủy Long Biên');
    // Compiled and signed by Ban Tuyên giáo, under the district committee; not by a counting committee.
    expect(html).toContain('QUẬN ỦY LONG BIÊN');
    expect(html).toContain('BAN TUYÊN GIÁO');
    expect(html).toContain('T/M BAN TUYÊN GIÁO');
    expect(html).not.toContain('BAN KIỂM PHIẾU');
    expect(html).toContain(
      '<tr><td>Trường THCS</td><td class="number">1</td><td class="number">19</td><td class="number">91,20%</td><td class="number">5,20%</td><td class="number">0</td><td class="number">2,60%</td></tr>',
    );
    expect(html).toContain('<tr class="total"><td>Toàn quận</td><td class="number">3</td><td class="number">57</td>');
    expect(html).toContain('<tr><td>Mầm non Hoa Sữa</td>');
    expect(html.match(/<figure class="chart">/g)).toHaveLength(1);
  });

  it('ranks the people, lists the best and weakest criteria, and lists every digest or "CHƯA NIÊM PHONG"', () => {
    expect(html).toContain(
      '<td class="number">1</td><td>THCS Ngọc Lâm — Nguyễn Thị Hồng Vân</td><td class="number">91,20%</td>',
    );
    expect(html).toContain('(96,25%)');
    expect(html).toContain('(26,31%)');
    expect(html).toContain(formatDigest(sampleDigest).split(' ').slice(0, 4).join(' '));
    expect(html.match(/<svg class="qr"/g)).toHaveLength(2);
    expect(html).toContain('<td class="not-sealed" colspan="2">CHƯA NIÊM PHONG</td>');
    expect(html).toContain('còn 1 kết quả chưa niêm phong');
    expect(html).toContain('BẢN NHÁP');
  });
});

/** The markup alone: escaped text holds no "<", so whatever hostile text says stays out of it. */
const tagsOf = (html: string) => (html.match(/<[^>]*>/g) ?? []).join('\n');
const hostile = '<script>alert(1)</script><img src="http://x/y.png" style="color:red">';
const hostileTally = sampleTally({
  subjectName: hostile,
  unitName: hostile,
  positions: [hostile],
  criteria: sampleTally().criteria.map((criterion) => ({ ...criterion, text: hostile })),
});

describe.each(
  Object.entries({
    'counting minutes': countingMinutesHtml(minutesInput(true)),
    'counting minutes with hostile text': countingMinutesHtml({
      ...minutesInput(true),
      unitName: hostile,
      conference: { ...sampleConference, place: hostile, chair: hostile, committee: [{ name: hostile, role: 'head' }] },
      contests: [
        {
          tally: hostileTally,
          counts: sampleCounts,
          seal: sampleSeal({ envelopeSeal: hostile }),
          signerFingerprint: sampleFingerprint,
        },
      ],
    }),
    'hand-over minutes': handOverMinutesHtml(minutesInput(true)),
    'result report': resultReportHtml(reportInput()),
    'result report with hostile text': resultReportHtml(
      reportInput({
        tally: hostileTally,
        seal: sampleSeal({ envelopeSeal: hostile, signerName: hostile }),
        signerFingerprint: sampleFingerprint,
      }),
    ),
    'district summary': districtSummaryHtml(summaryInput),
  }),
)('the %s', (name, html) => {
  it('has no script, no style attribute, no address, and no image but an embedded PNG', () => {
    const tags = tagsOf(html);
    expect(tags).not.toMatch(/<script/i);
    expect(tags).not.toMatch(/\sstyle\s*=/i);
    expect(tags).not.toMatch(/http/i);
    expect(tags).not.toMatch(/<(link|iframe|object|embed|base|meta http-equiv)\b/i);
    expect(tags).not.toMatch(/\s(href|srcset|action)\s*=/i);
    expect(tags).not.toMatch(/\son[a-z]+\s*=/i);
    for (const source of tags.match(/\ssrc\s*=\s*"[^"]*"/g) ?? [])
      expect(source).toMatch(/^ src="data:image\/png;base64,[A-Za-z0-9+/=]+"$/);
    expect(tags.match(/<img\b/g)?.length ?? 0).toBe(tags.match(/\ssrc=/g)?.length ?? 0);
  });

  if (!name.includes('hostile'))
    it('has no "http", "style=" or "<script" anywhere', () => expect(html).not.toMatch(/http|style=|<script/i));

  it('has exactly one <style> element, holding the print stylesheet to the byte', () => {
    expect(html.match(/<style/gi)).toHaveLength(1);
    expect(html).toContain(`<style>${printStylesheet}</style>`);
  });
});
