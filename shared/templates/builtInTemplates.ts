import { type TemplateContent, subjectPlaceholder, unitPlaceholder } from './templateContent';

/**
 * The forms that ship with the app. The two ballots of plan 167-KH/QU (seed 000) are copied
 * word for word — a test compares every criterion with the seed, character for character —
 * and are frozen: to change one, copy it to a new version.
 */

const fourLevels = ['Rất tốt', 'Tốt', 'Trung bình', 'Yếu kém'];
const prestigeLevels = ['Uy tín rất cao', 'Uy tín cao', 'Uy tín thấp', 'Uy tín rất thấp'];
const noteColumn = 'Ghi chú (Đối với những nội dung thực hiện chưa tốt, đề nghị đồng chí nêu rõ các biểu hiện cụ thể)';
const ethicsSubject = 'Việc thực hiện tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương';

export const schoolForm: TemplateContent = {
  scale: 'levels4',
  title: 'PHIẾU XIN Ý KIẾN ĐÁNH GIÁ',
  subtitle: `${ethicsSubject} của đ/c ${subjectPlaceholder} - Bí thư Chi bộ, Hiệu trưởng trường ${unitPlaceholder}`,
  criteriaHeading: 'I. NỘI DUNG XIN Ý KIẾN',
  criteriaColumn: 'Nội dung xin ý kiến',
  levelsColumn: 'Đánh giá mức độ thực hiện',
  levels: fourLevels,
  showLevelNumbers: false,
  noteColumn,
  otherHeading: 'II. Ý KIẾN KHÁC',
  prestigeHeading: 'III. ĐÁNH GIÁ MỨC ĐỘ UY TÍN CỦA CÁ NHÂN LÃNH ĐẠO',
  prestigeLevels,
  criteria: [
    { text: 'Là trung tâm của sự đoàn kết trong nhà trường' },
    {
      text: 'Phát huy dân chủ (không áp đặt; không độc đoán, chuyên quyền; không thành kiến cá nhân; không có biểu hiện trù dập...)',
    },
    { text: 'Công khai, minh bạch các hoạt động của nhà trường theo quy định' },
    {
      text: 'Phân công nhiệm vụ cho giáo viên, nhân viên phù hợp với trình độ, năng lực, đáp ứng khung năng lực vị trí việc làm',
    },
    { text: 'Khách quan, công tâm trong nhìn nhận, đánh giá đối với cấp dưới' },
    { text: 'Dám nghĩ, dám nói, dám làm, dám chịu trách nhiệm' },
    { text: 'Có tư duy đổi mới, sáng tạo, quyết liệt trong hành động vì lợi ích chung' },
    { text: 'Có khát vọng, định hướng phát triển nhà trường đi lên' },
    { text: 'Quan tâm, chăm lo đời sống giáo viên, nhân viên' },
    { text: 'Khả năng định hướng công việc và truyền cảm hứng cho cấp dưới' },
    { text: 'Tôn trọng đồng chí, đồng nghiệp, phụ huynh và học sinh' },
    { text: 'Khiêm tốn, cầu thị, biết lắng nghe và tiếp thu ý kiến góp ý' },
    {
      text: 'Không lợi dụng chức vụ quyền hạn; không để người nhà, người thân, quen lợi dụng chức vụ, quyền hạn của mình để trục lợi',
    },
    { text: 'Có ý thức phòng, chống và không sa vào các tệ nạn xã hội' },
    { text: 'Khả năng kiểm soát cảm xúc cá nhân' },
  ],
};

export const wardForm: TemplateContent = {
  scale: 'levels4',
  title: 'PHIẾU LẤY Ý KIẾN ĐÁNH GIÁ',
  subtitle: `${ethicsSubject}\ncủa đ/c ${subjectPlaceholder} Phường ${unitPlaceholder}`,
  criteriaHeading: 'I. NỘI DUNG XIN Ý KIẾN',
  criteriaColumn: 'Nội dung xin ý kiến',
  levelsColumn: 'Đánh giá mức độ thực hiện',
  levels: fourLevels,
  showLevelNumbers: true,
  noteColumn,
  otherHeading: 'II. Ý KIẾN KHÁC',
  prestigeHeading: 'III. ĐÁNH GIÁ MỨC ĐỘ UY TÍN CỦA CÁ NHÂN LÃNH ĐẠO',
  prestigeLevels,
  criteria: [
    { text: 'Là trung tâm của sự đoàn kết trong đơn vị.' },
    {
      text: 'Phát huy dân chủ (bàn bạc, thảo luận trước khi quyết định các công việc thuộc thẩm quyền quyết định của tập thể; không áp đặt, độc đoán, chuyên quyền; không thành kiến với ý kiến trái chiều)',
    },
    { text: 'Nêu gương, nói đi đôi với làm' },
    { text: 'Thẳng thắn trong tự phê bình và phê bình; Biết lắng nghe, tiếp thu ý kiến góp ý.' },
    { text: 'Tôn trọng đồng chí, đồng nghiệp và Nhân dân' },
    { text: 'Không buông lỏng lãnh đạo; đùn đẩy, né tránh trách nhiệm' },
    { text: 'Không bao biện làm thay' },
    { text: 'Có tư duy đổi mới, sáng tạo, quyết liệt trong chỉ đạo. Lựa chọn nhiệm vụ trọng tâm để lãnh đạo, chỉ đạo' },
    { text: 'Năng lực định hướng công việc và truyền cảm hứng cho cấp dưới.' },
    { text: 'Chủ động, quyết liệt trong thực hiện chủ đề công tác năm 2023 của Quận' },
    { text: 'Gần gũi, quan tâm cán bộ cấp dưới' },
    {
      text: 'Khách quan, công tâm trong nhìn nhận đánh giá đối với cấp dưới; không thành kiến cá nhân hoặc có biểu hiện trù dập.',
    },
    { text: 'Sâu sát cơ sở, nắm chắc tình hình địa phương.' },
    { text: 'Chủ động giải quyết khó khăn vướng mắc của địa phương' },
    { text: 'Khả năng kiểm soát cảm xúc cá nhân' },
    { text: 'Luôn đúng giờ đúng hẹn' },
    { text: 'Không để người thân, người quen lợi dụng chức vụ, quyền hạn của mình để trục lợi.' },
    { text: 'Có ý thức phòng, chống và không sa vào các tệ nạn xã hội.' },
  ],
};

/**
 * Quality rating of party members (seed 003): one row per person, four ratings. The people are
 * listed per contest. The head's rating may not be higher than the collective's.
 */
export const memberRatingForm: TemplateContent = {
  scale: 'rating4',
  title: 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN',
  subtitle: `Chi bộ ${unitPlaceholder}`,
  criteriaHeading: 'I. ĐÁNH GIÁ, XẾP LOẠI',
  criteriaColumn: 'Họ và tên đảng viên',
  levelsColumn: 'Mức xếp loại',
  levels: [
    'Hoàn thành xuất sắc nhiệm vụ',
    'Hoàn thành tốt nhiệm vụ',
    'Hoàn thành nhiệm vụ',
    'Không hoàn thành nhiệm vụ',
  ],
  showLevelNumbers: false,
  noteColumn: 'Ghi chú',
  otherHeading: 'II. Ý KIẾN KHÁC',
  prestigeHeading: null,
  prestigeLevels: [],
  criteria: [],
};

export interface BuiltInTemplate {
  readonly code: string;
  readonly name: string;
  readonly content: TemplateContent;
}

export const builtInTemplates: readonly BuiltInTemplate[] = [
  { code: 'school-head-ethics', name: 'Phiếu xin ý kiến – Bí thư Chi bộ, Hiệu trưởng trường học', content: schoolForm },
  { code: 'ward-head-ethics', name: 'Phiếu lấy ý kiến – Bí thư Đảng ủy, Chủ tịch UBND phường', content: wardForm },
  { code: 'member-quality-rating', name: 'Phiếu xếp loại chất lượng đảng viên', content: memberRatingForm },
];
