import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../../main/base/findBrowser';
import { ratingIssuerOf } from '../../../main/ratings/documents/ratingDocumentParts';
import { entriesOfOrganisation, ratingRoundSummaryHtml } from '../../../main/ratings/documents/ratingRoundSummary';
import type { Printable } from '../../../shared/print/printables';
import type { RatingEntry } from '../../../shared/ratings/ratingSchemas';
import { levels2025, unratedEntry, voteConference } from '../../fixtures/ratings/ratingsData';
import { flatten, hasPdfTools, keepAndRead } from '../../helpers/pdfText';
import { useTempDirectories } from '../../helpers/tempDirectory';
import type { TestClient } from '../../helpers/testCore';
import { countVote, decideLevels, openRound, ratingsVault, thcsVoteRound } from '../../helpers/testRatings';

const canPrint = hasPdfTools && findBrowser() !== null;
if (!canPrint)
  console.warn(
    '[print] SKIPPED the rating prints: they need pdftotext and pdftoppm (poppler-utils) and a Chromium-family browser',
  );

/**
 * 2025: one cell of three below "Hoàn thành tốt" (2/3 = 66,67 %, CT03a not met, Trường Mầm non
 * below), members 1/2 with five undecided, both socio-political organisations decided good.
 * 2024: the three cells good (3/3), no member decided.
 */
async function ratedVault(dataDirectory: string) {
  const { core, admin } = await ratingsVault(dataDirectory);
  const past = await openRound(admin, 2024);
  await decideLevels(admin, past.round.id, past.entries, {
    'Chi bộ Trường THCS Đa Tốn': 'good',
    'Chi bộ Trường Tiểu học Đa Tốn': 'good',
    'Chi bộ Trường Mầm non Đa Tốn': 'good',
  });
  const { round, entries, find } = await openRound(admin, 2025);
  await decideLevels(admin, round.id, entries, levels2025);
  return { core, admin, round, idOf: (name: string) => find(name).subjectId };
}

/** The PDF's text, whitespace collapsed; laid out as on the page (a table's row on one line) when asked. */
async function pdfText(client: TestClient, name: string, document: Printable, layout = false) {
  const { fileName, pdfBase64 } = await client.ok('print.pdf', { document });
  return { fileName, text: flatten(keepAndRead(name, Buffer.from(pdfBase64, 'base64'), { layout })) };
}

describe.skipIf(!canPrint)('rating prints from a real vault, read back with pdftotext', () => {
  const temp = useTempDirectories();

  it(
    'the targets report: exact counts, the share once rounded, not met, the unit below, year over year',
    { timeout: 120_000 },
    async () => {
      const { core, admin } = await ratedVault(temp());
      try {
        const document: Printable = { kind: 'ratingTargets', year: 2025 };
        const { fileName, text } = await pdfText(admin, 'chi-tieu-xep-loai', document);
        expect(fileName).toBe('chi-tieu-xep-loai-2025.pdf');
        for (const words of [
          'QUẬN ỦY LONG BIÊN',
          'BAN TUYÊN GIÁO',
          'ĐẢNG CỘNG SẢN VIỆT NAM',
          'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2025',
          'Kế hoạch nâng cao chất lượng hoạt động của chi bộ',
          'áp dụng các năm 2021 - 2025',
          '1. Chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên',
          'Chỉ tiêu: Hoàn thành tốt nhiệm vụ trở lên: đạt 97,00 % trở lên.',
          'Số đã được xếp loại (có quyết định) 3',
          'Số được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên 2',
          'Tỷ lệ đạt được 66,67 %',
          'Kết quả so với chỉ tiêu Không đạt',
          'Số còn thiếu để đạt chỉ tiêu 1',
          // Members: 1 of 2 decided, five not yet; socio-political organisations: 2 of 2, met.
          'Tỷ lệ đạt được 50,00 %',
          'Số chưa xếp loại (không tính vào tỷ lệ) 5',
          'Tỷ lệ đạt được 100,00 %',
          'Kết quả so với chỉ tiêu Đạt',
          'T/M BAN TUYÊN GIÁO',
          'TRƯỞNG BAN',
          'Mốc nhật ký kiểm toán khi in',
        ])
          expect(text).toContain(words);
        expect(text).toMatch(/Long Biên, ngày \d{2} tháng \d{2} năm 2\d{3}/);

        const laidOut = (await pdfText(admin, 'chi-tieu-xep-loai-dong', document, true)).text;
        // The cells' unit below the target, then the members' (1 of 2 in the THCS cell).
        expect(laidOut).toContain('1 Trường Mầm non Đa Tốn 0/1 0,00 1');
        expect(laidOut).toContain('1 Chi bộ Trường THCS Đa Tốn 1/2 50,00 1');
        // Year over year: every year with a round, its target, counts, share and whether it was met.
        expect(laidOut).toContain('2024 97,00 3/3 100,00 Đạt');
        expect(laidOut).toContain('2025 97,00 2/3 66,67 Không đạt');
        expect(laidOut).toContain('2024 98,00 0/0 – Chưa có kết quả');
        expect(laidOut).toContain('2025 98,00 1/2 50,00 Không đạt');
        expect(laidOut).toContain('2025 95,00 2/2 100,00 Đạt');

        const preview = await admin.ok('print.preview', { document });
        expect(preview.title).toBe('Báo cáo kết quả thực hiện chỉ tiêu xếp loại chất lượng năm 2025');
        expect(preview.html).not.toMatch(/<script/i);
        expect(preview.html).toContain('66,67 %');

        // A year without a round: the targets stand, nothing is counted.
        const empty = (await pdfText(admin, 'chi-tieu-xep-loai-2023', { kind: 'ratingTargets', year: 2023 })).text;
        expect(empty).toContain('Chưa có đợt đánh giá, xếp loại chất lượng năm 2023');
        expect(empty).toContain('Kết quả so với chỉ tiêu Chưa có kết quả');
      } finally {
        core.shutdown();
      }
    },
  );

  it(
    'the round summary: counts and shares per kind for the district, every subject with its decision',
    { timeout: 120_000 },
    async () => {
      const { core, admin, round } = await ratedVault(temp());
      try {
        const document: Printable = { kind: 'ratingRound', roundId: round.id, organisationId: null };
        const { fileName, text } = await pdfText(admin, 'tong-hop-xep-loai', document);
        expect(fileName).toBe('tong-hop-xep-loai-2025.pdf');
        for (const words of [
          'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2025',
          'Số tổ chức, tập thể và đảng viên được đánh giá: 16; đã có quyết định xếp loại: 8; chưa xếp loại: 8.',
          'Nguyễn Thị Hằng',
          'Vũ Minh Châu',
          'Chi hội Phụ nữ Trường Tiểu học Đa Tốn',
          'Số 15-QĐ/ĐU, ngày 20/12/2025',
          'Mốc nhật ký kiểm toán khi in',
        ])
          expect(text).toContain(words);

        const laidOut = (await pdfText(admin, 'tong-hop-xep-loai-dong', document, true)).text;
        // Kind, total, then per level (best first) the count and its share of those decided, then not decided.
        expect(laidOut).toContain('Chi bộ 3 0 0,00 2 66,67 1 33,33 0 0,00 0');
        expect(laidOut).toContain('Đảng viên 7 0 0,00 1 50,00 1 50,00 0 0,00 5');
        expect(laidOut).toContain('Chi hội Phụ nữ 1 0 – 0 – 0 – 0 – 1');
        // Each subject: its name over what it is, the level decided and the decision (or none yet).
        expect(laidOut).toContain(
          'Lê Thị Ánh Hoàn thành tốt Số 15-QĐ/ĐU, 8 Đảng viên Chi bộ Trường THCS Đa Tốn; Giáo viên nhiệm vụ ngày 20/12/2025',
        );
        expect(laidOut).toContain('Hoàng Thị Yến 4 Đảng viên Chi bộ Trường Mầm non Đa Tốn; Bí thư Chưa xếp loại –');

        const preview = await admin.ok('print.preview', { document });
        expect(preview.html).not.toMatch(/<script/i);
        expect(preview.html).toContain('TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM\u00a02025');
      } finally {
        core.shutdown();
      }
    },
  );

  it(
    'an organisation’s summary: itself, its collective and members, those under it, and no one else',
    { timeout: 120_000 },
    async () => {
      const { core, admin, round, idOf } = await ratedVault(temp());
      try {
        const cell: Printable = {
          kind: 'ratingRound',
          roundId: round.id,
          organisationId: idOf('Chi bộ Trường THCS Đa Tốn'),
        };
        const { fileName, text } = await pdfText(admin, 'tong-hop-xep-loai-chi-bo', cell);
        expect(fileName).toBe('tong-hop-xep-loai-2025-chi-bo-truong-thcs-da-ton.pdf');
        for (const words of [
          'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG NĂM 2025',
          'Chi bộ Trường THCS Đa Tốn',
          'Chi ủy Chi bộ Trường THCS Đa Tốn',
          'Nguyễn Thị Hằng',
          'Lê Thị Ánh',
          'Phạm Quốc Bảo',
          'Trần Văn Đức',
          'Số tổ chức, tập thể và đảng viên được đánh giá: 6; đã có quyết định xếp loại: 3; chưa xếp loại: 3.',
        ])
          expect(text).toContain(words);
        for (const other of ['Vũ Minh Châu', 'Đỗ Thị Mai', 'Hoàng Thị Yến', 'Công đoàn', 'Mầm non', 'Tiểu học'])
          expect(text).not.toContain(other);
        const cellTable = (await pdfText(admin, 'tong-hop-xep-loai-chi-bo-dong', cell, true)).text;
        expect(cellTable).toContain('Chi bộ 1 0 0,00 1 100,00 0 0,00 0 0,00 0');
        expect(cellTable).toContain('Đảng viên 4 0 0,00 1 50,00 1 50,00 0 0,00 2');

        // The Party organisation takes in its cells and their members, not the school's trade union.
        const party: Printable = {
          kind: 'ratingRound',
          roundId: round.id,
          organisationId: idOf('Đảng bộ Khối Giáo dục huyện Gia Lâm'),
        };
        const whole = (await admin.ok('print.preview', { document: party })).html;
        for (const name of [
          'Vũ Minh Châu',
          'Hoàng Thị Yến',
          'Ban Chấp hành Đảng bộ Khối Giáo dục',
          'và các tổ chức trực thuộc',
        ])
          expect(whole).toContain(name);
        for (const other of ['Công đoàn', 'Chi đoàn', 'Chi hội Phụ nữ']) expect(whole).not.toContain(other);

        // Unknown round, unknown organisation, or a member in its place: not found, as other documents.
        expect(
          await admin.code('print.preview', {
            document: { kind: 'ratingRound', roundId: randomUUID(), organisationId: null },
          }),
        ).toBe('NOT_FOUND');
        expect(
          await admin.code('print.pdf', {
            document: { kind: 'ratingRound', roundId: round.id, organisationId: randomUUID() },
          }),
        ).toBe('NOT_FOUND');
        expect(
          await admin.code('print.preview', {
            document: { kind: 'ratingRound', roundId: round.id, organisationId: idOf('Lê Thị Ánh') },
          }),
        ).toBe('NOT_FOUND');
      } finally {
        core.shutdown();
      }
    },
  );
});

describe.skipIf(!canPrint)('the minutes of a rating vote, read back with pdftotext', () => {
  const temp = useTempDirectories();

  it(
    'a draft until the counting closes; then the ballots, and per subject each level’s ballots and share of the valid',
    { timeout: 120_000 },
    async () => {
      const { core, admin, head, counter1, counter2, voteInput } = await thcsVoteRound(temp());
      try {
        const vote = await admin.ok('ratings.prepareVote', voteInput);
        const document: Printable = { kind: 'ratingVoteMinutes', voteId: vote.id };

        const draft = await head.ok('print.preview', { document });
        expect(draft.title).toBe('Biên bản kiểm phiếu biểu quyết xếp loại — Chi bộ Trường THCS Đa Tốn');
        expect(draft.html).toContain('BẢN NHÁP – CHƯA KẾT THÚC KIỂM PHIẾU');
        expect(draft.html).not.toMatch(/<script/i);

        // Four ballots, keyed twice; '*' is several marks in a row. Ánh sits on the counting committee too.
        const committee = [...voteConference.committee, { name: 'Lê Thị Ánh', role: 'member' as const }];
        await countVote({ head, counter1, counter2 }, vote, ['22122', '12222', '22232', '2*2*2'], {
          ...voteConference,
          committee,
        });

        const { fileName, text } = await pdfText(head, 'bien-ban-bieu-quyet-xep-loai', document);
        expect(fileName).toBe('bien-ban-bieu-quyet-xep-loai-2025-chi-bo-truong-thcs-da-ton.pdf');
        for (const words of [
          'ĐẢNG BỘ KHỐI GIÁO DỤC HUYỆN GIA LÂM',
          'CHI BỘ TRƯỜNG THCS ĐA TỐN',
          'Long Biên, ngày 15 tháng 12 năm 2025',
          'BIÊN BẢN KIỂM PHIẾU BIỂU QUYẾT XẾP LOẠI CHẤT LƯỢNG',
          'Chi bộ Trường THCS Đa Tốn, năm 2025',
          'hôm nay, ngày 15 tháng 12 năm 2025, tại Phòng họp Trường THCS Đa Tốn',
          'do đồng chí Nguyễn Thị Hằng chủ trì',
          'Số đảng viên được triệu tập: 4; số đảng viên có mặt: 4.',
          'Trần Văn Đức – Trưởng ban',
          'Số phiếu phát ra 4',
          'Số phiếu thu về 4',
          'Số phiếu hợp lệ 4',
          'Số phiếu không hợp lệ 0',
          'chỉ có 4 phiếu hợp lệ (dưới 5 phiếu)',
          'mọi phiếu hợp lệ đều chọn cùng một mức ở dòng 5',
          'Tỷ lệ tính trên 4 phiếu hợp lệ',
          'T/M BAN KIỂM PHIẾU',
          'Mốc nhật ký kiểm toán khi in',
        ])
          expect(text).toContain(words);
        expect(text).not.toContain('BẢN NHÁP');

        const laidOut = (await pdfText(head, 'bien-ban-bieu-quyet-xep-loai-dong', document, true)).text;
        // Per level the ballots and their share of the 4 valid; last, the rows left blank or marked twice.
        expect(laidOut).toContain('2 Nguyễn Thị Hằng 0 0,00 3 75,00 0 0,00 0 0,00 1 25,00');
        expect(laidOut).toContain('3 Lê Thị Ánh 1 25,00 3 75,00 0 0,00 0 0,00 0 0,00');
        expect(laidOut).toContain('4 Phạm Quốc Bảo 0 0,00 2 50,00 1 25,00 0 0,00 1 25,00');
        expect(laidOut).toContain('5 Trần Văn Đức 0 0,00 4 100,00 0 0,00 0 0,00 0 0,00');

        expect(
          await head.code('print.preview', { document: { kind: 'ratingVoteMinutes', voteId: randomUUID() } }),
        ).toBe('NOT_FOUND');
      } finally {
        core.shutdown();
      }
    },
  );
});

describe('rating documents: the parts that need no printer', () => {
  const entry = (subjectId: string, kind: RatingEntry['kind'], organisationId: string | null): RatingEntry => ({
    ...unratedEntry,
    subjectId,
    kind,
    name: subjectId,
    organisationId,
    organisationName: organisationId,
  });

  it('an organisation’s cut follows the organisations under it at any depth, in the round’s order', () => {
    const entries = [
      entry('top', 'partyOrganisation', null),
      entry('top-collective', 'leadershipCollective', 'top'),
      entry('mid', 'partyOrganisation', 'top'),
      entry('mid-member', 'member', 'mid'),
      entry('cell', 'partyCell', 'mid'),
      entry('cell-member', 'member', 'cell'),
      entry('other', 'partyCell', null),
      entry('other-member', 'member', 'other'),
    ];
    expect(entriesOfOrganisation(entries, 'mid').map((e) => e.subjectId)).toEqual([
      'mid',
      'mid-member',
      'cell',
      'cell-member',
    ]);
    expect(entriesOfOrganisation(entries, 'top').map((e) => e.subjectId)).not.toContain('other-member');
  });

  it('escapes every stored text it prints', () => {
    const hostile = { ...entry('x', 'member', 'o'), name: '<script>alert(1)</script>', position: '"&\'' };
    const html = ratingRoundSummaryHtml({
      round: { year: 2025, name: '<b>Đợt</b>' },
      organisation: { name: '<i>Chi bộ</i>' },
      entries: [hostile],
      issuer: ratingIssuerOf('Ban Tuyên giáo Quận ủy <Long Biên>'),
      date: '2025-12-31',
    });
    expect(html).not.toMatch(/<script|<b>|<i>|<Long/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&amp;&#39;');
  });

  it('issues under the vault’s body: a department under its committee, the committee’s place on the date line', () => {
    expect(ratingIssuerOf('Ban Tuyên giáo Quận ủy Long Biên')).toEqual({
      issuingBody: ['QUẬN ỦY LONG BIÊN', 'BAN TUYÊN GIÁO'],
      place: 'Long Biên',
      signature: { onBehalfOf: 'T/M BAN TUYÊN GIÁO', role: 'TRƯỞNG BAN' },
    });
    expect(ratingIssuerOf('Ban Thường vụ Huyện ủy Gia Lâm')).toEqual({
      issuingBody: ['HUYỆN ỦY GIA LÂM'],
      place: 'Gia Lâm',
      signature: { onBehalfOf: 'T/M BAN THƯỜNG VỤ', role: 'BÍ THƯ' },
    });
    expect(ratingIssuerOf('Đảng ủy Khối Giáo dục')).toEqual({
      issuingBody: ['ĐẢNG ỦY KHỐI GIÁO DỤC'],
      place: '',
      signature: { onBehalfOf: 'T/M ĐẢNG ỦY KHỐI GIÁO DỤC', role: 'BÍ THƯ' },
    });
    expect(ratingIssuerOf('Trường THCS Đa Tốn')).toEqual({
      issuingBody: ['TRƯỜNG THCS ĐA TỐN'],
      place: '',
      signature: { role: 'NGƯỜI LẬP BÁO CÁO' },
    });
  });
});
