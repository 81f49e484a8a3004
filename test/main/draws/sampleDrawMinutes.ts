import type { DrawMinutesInput } from '../../../main/draws/drawMinutes';

/** A small draw for the minutes: two unit types, a few candidates each; `drawn` is not a real draw. */
export const sampleDrawMinutes: DrawMinutesInput = {
  record: {
    format: 'kiem-phieu-draw',
    version: 1,
    algorithm: 'sha256-ctr-fisher-yates-v1',
    seed: '24/02/2023 <5> 2 6 & 1 4 3',
    groups: [
      {
        unitType: 'mam_non',
        label: 'Trường mầm non',
        count: 2,
        candidates: ['Mầm non Bắc Biên', 'Mầm non Gia Quất', 'Mầm non Hoa Phượng', 'Mầm non Long Biên'],
        drawn: [3, 1],
      },
      {
        unitType: 'thcs',
        label: 'Trường THCS',
        count: 1,
        candidates: ['THCS Ngọc Lâm', 'THCS Sài Đồng', 'THCS Thượng Thanh'],
        drawn: [2],
      },
    ],
  },
  excluded: [
    { unitType: 'mam_non', name: 'Mầm non Giang Biên', reason: { vi: 'Chưa có người đứng đầu', en: 'No head' } },
    {
      unitType: 'mam_non',
      name: 'Mầm non Hoa Sữa',
      reason: { vi: 'Đã lấy ý kiến năm 2022', en: 'Polled in 2022' },
    },
  ],
  meeting: {
    heldOn: '2023-02-24',
    place: 'Hội trường Quận ủy',
    chair: 'Nguyễn Thị Thu Hằng',
    witnesses: ['Vũ Thị Thân', 'Nguyễn Thế Thạch'],
  },
  campaign: {
    name: 'Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức của người đứng đầu năm 2023',
    planNumber: '167-KH/QU',
    planDate: '2023-01-27',
    issuingBody: ['QUẬN ỦY LONG BIÊN', 'BAN TUYÊN GIÁO'],
  },
  place: 'Long Biên',
};
