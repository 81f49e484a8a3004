import type { Language } from '../../shared/i18n/language';

/** Interface wording. Vietnamese is the reference: English must have exactly the same keys. */
const vi = {
  'app.title': 'Kiểm phiếu',
  'app.tagline': 'Kiểm phiếu lấy ý kiến kín về người đứng đầu',
  'frame.skipToContent': 'Bỏ qua, đến nội dung chính',
  'frame.navigation': 'Các khu vực',
  'frame.language': 'Ngôn ngữ',
  'frame.shortcutHint': 'Phím tắt: Alt + số thứ tự khu vực',
  'area.overview': 'Tổng quan',
  'area.campaigns': 'Đợt lấy ý kiến',
  'area.counting': 'Kiểm phiếu',
  'area.results': 'Kết quả',
  'area.archive': 'Lưu trữ',
  'area.administration': 'Quản trị',
  'area.campaigns.purpose':
    'Tạo đợt lấy ý kiến theo kế hoạch, nhập đơn vị và người được góp ý, chọn mẫu phiếu, xét điều kiện và bốc thăm công khai.',
  'area.counting.purpose':
    'Ghi hội nghị, số phiếu phát ra và thu về, nhập phiếu bằng bàn phím, nhập hai lần độc lập và đối chiếu.',
  'area.results.purpose': 'Tổng hợp theo từng người, từng cấp học và toàn quận; niêm phong, ký số và in biên bản.',
  'area.archive.purpose': 'Sao lưu mã hóa, kiểm tra và khôi phục bản sao lưu.',
  'area.administration.purpose': 'Người dùng, vai trò, nhật ký kiểm toán.',
  'area.notYet': 'Khu vực này chưa có trong phiên bản {version}.',
  'overview.heading': 'Tổng quan',
  'overview.loading': 'Đang tải thông tin…',
  'overview.version': 'Phiên bản',
  'overview.shell': 'Giao diện',
  'overview.dataDirectory': 'Thư mục dữ liệu',
  'overview.vaultState': 'Kho dữ liệu',
  'overview.platform': 'Nền tảng',
  'overview.offline': 'Ứng dụng không kết nối mạng: mọi dữ liệu nằm trên máy này.',
  'error.heading': 'Không thực hiện được',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'app.title': 'Kiểm phiếu',
  'app.tagline': 'Counting secret-ballot feedback on unit heads',
  'frame.skipToContent': 'Skip to main content',
  'frame.navigation': 'Areas',
  'frame.language': 'Language',
  'frame.shortcutHint': 'Shortcut: Alt + the area’s number',
  'area.overview': 'Overview',
  'area.campaigns': 'Campaigns',
  'area.counting': 'Counting',
  'area.results': 'Results',
  'area.archive': 'Archive',
  'area.administration': 'Administration',
  'area.campaigns.purpose':
    'Create a campaign from its plan, import units and the people assessed, choose ballot forms, check eligibility and hold the public draw.',
  'area.counting.purpose':
    'Record each conference, ballots issued and returned, key ballots by keyboard, key them twice independently and reconcile.',
  'area.results.purpose': 'Results per person, per school level and district-wide; seal, sign and print the minutes.',
  'area.archive.purpose': 'Encrypted backups, their verification and restore.',
  'area.administration.purpose': 'Users, roles and the audit log.',
  'area.notYet': 'This area is not part of version {version} yet.',
  'overview.heading': 'Overview',
  'overview.loading': 'Loading…',
  'overview.version': 'Version',
  'overview.shell': 'Shell',
  'overview.dataDirectory': 'Data directory',
  'overview.vaultState': 'Vault',
  'overview.platform': 'Platform',
  'overview.offline': 'The application never connects to a network: all data stays on this computer.',
  'error.heading': 'Could not be done',
};

export const messages: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { vi, en };
