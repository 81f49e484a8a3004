import { coreWithVault } from '../../helpers/testCore';
import { campaignFields } from '../../helpers/testCampaign';

export const drawMeeting = {
  heldOn: '2023-02-24',
  place: 'Hội trường Quận ủy',
  chair: 'Nguyễn Thị Thu Hằng',
  witnesses: ['Vũ Thị Thân', 'Nguyễn Thế Thạch'],
};

/** A campaign whose units are exactly these, per unit type label, in this file order; each has an eligible head. */
export async function campaignWithUnitNames(dataDirectory: string, units: ReadonlyArray<readonly [string, string]>) {
  const { core, admin } = await coreWithVault(dataDirectory);
  const campaign = await admin.ok('campaigns.create', await campaignFields(admin));
  const header =
    'Loại đơn vị,Tên đơn vị,Cơ quan cấp trên,Số người triệu tập,Họ và tên người được góp ý,Chức vụ,Ngày bắt đầu công tác tại đơn vị';
  const rows = units.map(
    ([type, name], index) =>
      `${type},${name},Phòng Giáo dục và Đào tạo Quận Long Biên,40,Người Thứ ${index + 1},Hiệu trưởng,01/09/2018`,
  );
  const csv = `${[header, ...rows].join('\n')}\n`;
  await admin.ok('campaigns.importUnits', {
    campaignId: campaign.id,
    file: { fileName: 'don-vi.csv', contentBase64: Buffer.from(csv, 'utf8').toString('base64') },
  });
  return { core, admin, campaignId: campaign.id };
}
