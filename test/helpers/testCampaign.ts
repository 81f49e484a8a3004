import type { CampaignFields } from '../../shared/campaigns/campaignSchemas';
import type { TestClient } from './testCore';

/** Plan 167-KH/QU of 27/01/2023: schools polled in May, wards in October, the built-in forms. */
export async function campaignFields(
  admin: TestClient,
  overrides: Partial<CampaignFields> = {},
): Promise<CampaignFields> {
  const templates = await admin.ok('templates.list', {});
  const versionOf = (code: string) => templates.find((template) => template.code === code)!.versions[0]!.id;
  return {
    name: 'Lấy ý kiến góp ý người đứng đầu năm 2023',
    planNumber: '167-KH/QU',
    planDate: '2023-01-27',
    issuingBody: 'Ban Thường vụ Quận ủy Long Biên',
    locality: 'Long Biên',
    year: 2023,
    percentageBase: 'returned',
    keyingsRequired: 2,
    flagThresholdPercent: 20,
    textFloor: 10,
    auditSampleSize: 0,
    auditWarningPerThousand: 1,
    refuseWhileOnline: true,
    schedule: [
      { unitType: 'phuong', pollDate: '2023-10-01', templateVersionId: versionOf('ward-head-ethics') },
      { unitType: 'mam_non', pollDate: '2023-05-01', templateVersionId: versionOf('school-head-ethics') },
      { unitType: 'tieu_hoc', pollDate: '2023-05-01', templateVersionId: versionOf('school-head-ethics') },
      { unitType: 'thcs', pollDate: '2023-05-01', templateVersionId: versionOf('school-head-ethics') },
    ],
    ...overrides,
  };
}
