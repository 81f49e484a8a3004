import type { Bilingual } from '../i18n/language';

/**
 * Every kind of entry the audit log can hold. Each state-changing call appends one of these
 * in the same transaction as its change; the id is stored, the description is shown.
 */
export const auditEvents = {
  'vault.created': { vi: 'Tạo kho dữ liệu', en: 'Vault created' },
  'vault.keyRotated': { vi: 'Đổi khóa mã hóa kho dữ liệu', en: 'Vault key rotated' },
  'vault.idleLockChanged': { vi: 'Đổi thời gian tự khóa', en: 'Idle lock time changed' },
  'vault.headerRepaired': { vi: 'Hoàn tất việc đổi khóa bị gián đoạn', en: 'Interrupted key rotation completed' },
  'session.signedIn': { vi: 'Đăng nhập', en: 'Signed in' },
  'session.signedInWithRecoveryKey': { vi: 'Đăng nhập bằng khóa khôi phục', en: 'Signed in with the recovery key' },
  'session.signedOut': { vi: 'Đăng xuất', en: 'Signed out' },
  'session.failedAttempts': { vi: 'Có lần đăng nhập sai trước đó', en: 'Failed sign-in attempts before this one' },
  'user.added': { vi: 'Thêm người dùng', en: 'User added' },
  'user.removed': { vi: 'Xóa người dùng', en: 'User removed' },
  'user.passwordChanged': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'user.passwordReset': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'campaign.exported': { vi: 'Xuất tệp đợt lấy ý kiến', en: 'Campaign file exported' },
  'campaign.imported': { vi: 'Nhập tệp đợt lấy ý kiến', en: 'Campaign file imported' },
  'campaign.created': { vi: 'Tạo đợt lấy ý kiến', en: 'Campaign created' },
  'campaign.updated': { vi: 'Sửa đợt lấy ý kiến', en: 'Campaign changed' },
  'campaign.advanced': { vi: 'Chuyển trạng thái đợt lấy ý kiến', en: 'Campaign status changed' },
  'campaign.copied': { vi: 'Sao đợt lấy ý kiến sang năm sau', en: 'Campaign copied to the next year' },
  'units.imported': { vi: 'Nhập danh sách đơn vị', en: 'Units imported' },
  'subject.eligibilityOverridden': { vi: 'Đưa vào lấy ý kiến dù chưa đủ 6 tháng', en: 'Eligibility overridden' },
  'subject.eligibilityOverrideWithdrawn': {
    vi: 'Bỏ quyết định đưa vào lấy ý kiến',
    en: 'Eligibility override withdrawn',
  },
  'template.created': { vi: 'Tạo mẫu phiếu', en: 'Template created' },
  'template.updated': { vi: 'Sửa mẫu phiếu', en: 'Template changed' },
  'template.versionCreated': { vi: 'Tạo phiên bản mẫu phiếu', en: 'Template version created' },
  'draw.held': { vi: 'Bốc thăm', en: 'Draw held' },
  'contests.generated': { vi: 'Lập danh sách phiếu', en: 'Contests generated' },
  'conference.saved': { vi: 'Ghi hội nghị', en: 'Conference recorded' },
  'counts.saved': { vi: 'Ghi số phiếu phát ra, thu về', en: 'Ballot counts recorded' },
  'batch.created': { vi: 'Mở lô phiếu', en: 'Batch opened' },
  'keying.started': { vi: 'Bắt đầu nhập lô phiếu', en: 'Keying started' },
  'ballot.keyed': { vi: 'Nhập một phiếu', en: 'Ballot keyed' },
  'ballot.keyingUndone': { vi: 'Hoàn tác phiếu vừa nhập', en: 'Last keyed ballot taken back' },
  'keying.finished': { vi: 'Kết thúc lần nhập', en: 'Keying finished' },
  'difference.resolved': { vi: 'Xử lý chỗ khác nhau giữa hai lần nhập', en: 'Double-entry difference settled' },
  'ballots.imported': { vi: 'Nhập phiếu từ tệp', en: 'Ballots imported' },
  'warning.acknowledged': { vi: 'Xác nhận cảnh báo đối chiếu', en: 'Reconciliation warning acknowledged' },
  'counting.closed': { vi: 'Khóa sổ kiểm phiếu', en: 'Counting closed' },
  'results.exported': { vi: 'Xuất bảng kết quả', en: 'Result tables exported' },
  'result.sealed': { vi: 'Niêm phong kết quả', en: 'Result sealed' },
  'result.amended': { vi: 'Lập biên bản sửa đổi kết quả đã niêm phong', en: 'Sealed result amended' },
  'result.signed': { vi: 'Ký số kết quả', en: 'Result signed' },
  'result.signRefused': {
    vi: 'Từ chối ký số: sai cụm mật khẩu ký số',
    en: 'Signing refused: wrong signing passphrase',
  },
  'signing.identityGenerated': { vi: 'Tạo chứng thư ký số', en: 'Signing certificate generated' },
  'signing.identityImported': { vi: 'Nhập chứng thư ký số (PKCS#12)', en: 'Signing certificate imported (PKCS#12)' },
  'package.exported': { vi: 'Xuất gói kết quả niêm phong', en: 'Sealed result package exported' },
  'package.accepted': { vi: 'Nhận gói kết quả niêm phong', en: 'Sealed result package accepted' },
  'package.refused': { vi: 'Từ chối gói kết quả niêm phong', en: 'Sealed result package refused' },
  'backup.configured': { vi: 'Đặt thư mục sao lưu', en: 'Backup folder set' },
  'backup.keyGenerated': { vi: 'Tạo khóa lưu trữ', en: 'Archive key generated' },
  'backup.recipientAdded': { vi: 'Thêm khóa lưu trữ', en: 'Archive key added' },
  'backup.recipientRemoved': { vi: 'Thôi dùng khóa lưu trữ', en: 'Archive key retired' },
  'backup.exported': { vi: 'Sao lưu kho dữ liệu', en: 'Vault backed up' },
  'backup.automatic': { vi: 'Sao lưu tự động khi niêm phong', en: 'Automatic backup at sealing' },
  'backup.verified': { vi: 'Kiểm tra bản sao lưu', en: 'Backup verified' },
  'backup.restored': { vi: 'Khôi phục bản sao lưu vào thư mục mới', en: 'Backup restored into a new folder' },
} as const satisfies Record<string, Bilingual>;

export type AuditEventId = keyof typeof auditEvents;

export const auditEventIds = Object.keys(auditEvents) as [AuditEventId, ...AuditEventId[]];
