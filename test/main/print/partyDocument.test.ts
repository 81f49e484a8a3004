import { describe, expect, it } from 'vitest';
import { partyDocument, signatureBlockHtml, vietnameseDateLine } from '../../../main/print/partyDocument';

describe('vietnameseDateLine', () => {
  it('writes the place and the date with day and month on two digits', () => {
    expect(vietnameseDateLine('Long Biên', '2023-01-27')).toBe('Long Biên, ngày 27 tháng 01 năm 2023');
    expect(vietnameseDateLine('Long Biên', '2023-10-05')).toBe('Long Biên, ngày 05 tháng 10 năm 2023');
  });

  it('writes only the date when there is no place', () => {
    expect(vietnameseDateLine('  ', '2024-02-29')).toBe('ngày 29 tháng 02 năm 2024');
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => vietnameseDateLine('Long Biên', '27/01/2023')).toThrow();
  });
});

describe('signatureBlockHtml', () => {
  it('prints the lead on behalf of the body, the space to sign and the name, with numbered member lines', () => {
    const html = signatureBlockHtml({ onBehalfOf: 'T/M BAN KIỂM PHIẾU', role: 'TRƯỞNG BAN', name: 'Ngô Mạnh Điềm' }, [
      'Vũ Thị Thân',
      'Nguyễn <Thế> Thạch',
    ]);
    expect(html).toMatch(
      /<div class="lead"><div class="heading">T\/M BAN KIỂM PHIẾU<\/div><div class="heading">TRƯỞNG BAN<\/div><div class="space"><\/div><div class="name">Ngô Mạnh Điềm<\/div><\/div>/,
    );
    expect(html).toContain('CÁC THÀNH VIÊN');
    expect(html).toContain('1. Vũ Thị Thân');
    expect(html).toContain('2. Nguyễn &lt;Thế&gt; Thạch');
  });

  it('leaves the name to be written by hand and drops the members column when there are none', () => {
    const html = signatureBlockHtml({ role: 'TRƯỞNG BAN' });
    expect(html).not.toContain('class="members"');
    expect(html).not.toContain('class="name"');
    expect(html).toContain('<div class="heading">TRƯỞNG BAN</div>');
  });
});

describe('partyDocument', () => {
  const html = partyDocument({
    issuingBody: ['QUẬN ỦY LONG BIÊN', 'BAN TUYÊN GIÁO'],
    documentNumber: '167 - KH/QU',
    place: 'Long Biên',
    date: '2023-01-27',
    title: 'BIÊN BẢN KIỂM PHIẾU',
    subtitle: 'Lấy ý kiến góp ý người đứng đầu',
    bodyHtml: '<p>Nội dung</p>',
    signatures: { lead: { onBehalfOf: 'T/M BAN KIỂM PHIẾU', role: 'TRƯỞNG BAN' }, members: ['Vũ Thị Thân'] },
  });

  it('is a complete Vietnamese HTML document', () => {
    expect(html.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has the 36-HD header: the upper body, the issuing body in bold, the star and the number; the party and the date', () => {
    expect(html).toContain(
      '<div class="issuer"><div class="upper-body">QUẬN ỦY LONG BIÊN</div><div class="issuing-body">BAN TUYÊN GIÁO</div><div class="star">*</div><div class="number">Số 167 - KH/QU</div></div>',
    );
    expect(html).toContain(
      '<div class="party"><div class="party-name">ĐẢNG CỘNG SẢN VIỆT NAM</div><div class="date-line">Long Biên, ngày 27 tháng 01 năm 2023</div></div>',
    );
  });

  it('then the title, the subtitle, the body and the signatures, in that order', () => {
    const order = [
      'class="doc-header"',
      'BIÊN BẢN KIỂM PHIẾU</h1>',
      'Lấy ý kiến góp ý',
      '<p>Nội dung</p>',
      'T/M BAN KIỂM PHIẾU',
    ];
    const positions = order.map((piece) => html.lastIndexOf(piece));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('escapes every text it is given', () => {
    const hostile = partyDocument({
      issuingBody: ['<img src=x>'],
      place: '"Long Biên"',
      date: '2023-01-27',
      title: '</title><script>',
      bodyHtml: '',
    });
    expect(hostile).not.toMatch(/<img|<script|<\/title><script/);
    expect(hostile).toContain('&lt;img src=x&gt;');
    expect(hostile).toContain('&quot;Long Biên&quot;, ngày 27');
  });

  it('keeps the party column in place without an issuing body, and prints no number unless given', () => {
    const bare = partyDocument({ issuingBody: [], place: 'Long Biên', date: '2023-01-27', title: 'T', bodyHtml: '' });
    expect(bare).toContain('<div class="issuer"></div>');
    expect(bare).not.toContain('Số ');
  });
});
