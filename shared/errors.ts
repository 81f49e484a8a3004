import type { Bilingual, Language } from './i18n/language';
import { fillTemplate } from './i18n/template';

/**
 * Every failure that crosses the boundary between the core and a shell has a code from
 * this catalogue and a message in each language. Stack traces never cross.
 */
export const errorCatalogue = {
  UNKNOWN_CALL: {
    vi: 'Không có chức năng «{call}».',
    en: 'There is no call named “{call}”.',
  },
  INVALID_INPUT: {
    vi: 'Dữ liệu gửi lên không hợp lệ: {reason}',
    en: 'The data sent is not valid: {reason}',
  },
  NOT_SIGNED_IN: {
    vi: 'Cần đăng nhập để dùng chức năng này.',
    en: 'You need to sign in to do this.',
  },
  FORBIDDEN: {
    vi: 'Vai trò «{role}» không được phép dùng chức năng này.',
    en: 'The role “{role}” is not allowed to do this.',
  },
  SHELL_NOT_ALLOWED: {
    vi: 'Chức năng này chỉ dùng được từ: {shells}.',
    en: 'This can only be done from: {shells}.',
  },
  DATA_DIRECTORY_UNAVAILABLE: {
    vi: 'Không ghi được vào thư mục dữ liệu {path}.',
    en: 'Cannot write to the data directory {path}.',
  },
  UNAUTHORIZED: {
    vi: 'Yêu cầu không có mã truy cập hợp lệ của phiên làm việc này.',
    en: 'The request does not carry this session’s access token.',
  },
  FOREIGN_REQUEST: {
    vi: 'Yêu cầu đến từ một địa chỉ lạ và đã bị từ chối.',
    en: 'The request comes from a foreign address and was refused.',
  },
  VAULT_ABSENT: {
    vi: 'Chưa có kho dữ liệu trong thư mục {path}. Hãy tạo kho dữ liệu trước.',
    en: 'There is no vault in {path} yet. Create the vault first.',
  },
  VAULT_EXISTS: {
    vi: 'Thư mục này đã có kho dữ liệu; không tạo kho mới đè lên.',
    en: 'This folder already holds a vault; a new one is never created over it.',
  },
  WRONG_PASSWORD: {
    vi: 'Sai tên đăng nhập hoặc mật khẩu.',
    en: 'Wrong login or password.',
  },
  WRONG_RECOVERY_KEY: {
    vi: 'Khóa khôi phục không đúng với kho dữ liệu này.',
    en: 'The recovery key does not belong to this vault.',
  },
  RECOVERY_KEY_MISTYPED: {
    vi: 'Khóa khôi phục bị gõ nhầm (sai định dạng hoặc sai ký tự kiểm tra). Hãy đối chiếu lại với bản giấy.',
    en: 'The recovery key is mistyped (wrong format or check characters). Compare it with the paper copy.',
  },
  LOCKED_OUT: {
    vi: 'Đã nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây.',
    en: 'Too many failed attempts. Try again in {seconds} seconds.',
  },
  HEADER_DAMAGED: {
    vi: 'Tệp khóa của kho dữ liệu ({path}) bị hỏng hoặc đã bị sửa. Không mở được kho; hãy khôi phục từ bản sao lưu. Không xóa tệp nào.',
    en: 'The vault’s key file ({path}) is damaged or has been altered. The vault cannot be opened; restore it from a backup. Do not delete any file.',
  },
  VAULT_DAMAGED: {
    vi: 'Mật khẩu đúng nhưng tệp kho dữ liệu ({path}) bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất. Không xóa tệp nào.',
    en: 'The password is right but the vault file ({path}) is damaged. Restore the latest backup. Do not delete any file.',
  },
  VAULT_TOO_NEW: {
    vi: 'Kho dữ liệu này do phiên bản mới hơn tạo ra (định dạng {found}, phiên bản này đọc được đến {supported}). Hãy cập nhật ứng dụng.',
    en: 'This vault was written by a newer version (format {found}; this version reads up to {supported}). Update the application.',
  },
  VAULT_IN_USE: {
    vi: 'Kho dữ liệu đang được mở ở một cửa sổ hoặc chương trình khác. Hãy đóng nơi đó trước.',
    en: 'The vault is open in another window or program. Close it there first.',
  },
  LOGIN_TAKEN: {
    vi: 'Tên đăng nhập «{login}» đã có người dùng.',
    en: 'The login “{login}” is already taken.',
  },
  USER_NOT_FOUND: {
    vi: 'Không có người dùng này.',
    en: 'There is no such user.',
  },
  CANNOT_REMOVE_SELF: {
    vi: 'Không thể tự xóa tài khoản đang đăng nhập.',
    en: 'You cannot remove the account you are signed in with.',
  },
  LAST_ADMIN: {
    vi: 'Phải còn ít nhất một người quản trị.',
    en: 'At least one administrator must remain.',
  },
  PASSWORDS_DIFFER: {
    vi: 'Hai lần nhập mật khẩu không khớp nhau.',
    en: 'The two passwords typed do not match.',
  },
  STDIN_ENDED: {
    vi: 'Đầu vào chuẩn (stdin) đã hết trước khi trả lời đủ các câu hỏi.',
    en: 'Standard input ended before every question was answered.',
  },
  CHECK_FAILED: {
    vi: 'Kiểm tra không đạt: {reason}',
    en: 'The check failed: {reason}',
  },
  NOT_FOUND: {
    vi: 'Không tìm thấy {what}.',
    en: 'No such {what}.',
  },
  IMPORT_UNREADABLE: {
    vi: 'Không đọc được tệp «{file}»: {reason}',
    en: 'Cannot read the file “{file}”: {reason}',
  },
  IMPORT_HAS_ERRORS: {
    vi: 'Tệp có {count} lỗi nên chưa nhập dòng nào. Hãy sửa các lỗi được liệt kê rồi nhập lại.',
    en: 'The file has {count} errors, so nothing was imported. Fix the errors listed and import again.',
  },
  DRAW_RECORD_INVALID: {
    vi: 'Tệp kết quả bốc thăm không đúng định dạng: {reason}',
    en: 'The draw record is not in the expected format: {reason}',
  },
  DRAW_MISMATCH: {
    vi: 'Tính lại không ra cùng kết quả bốc thăm: {reason}',
    en: 'Recomputing the draw does not give the recorded result: {reason}',
  },
  PRINT_UNAVAILABLE: {
    vi: 'Không tạo được bản in PDF: không tìm thấy Chromium, Google Chrome hay Microsoft Edge trên máy.',
    en: 'Cannot produce the PDF: no Chromium, Google Chrome or Microsoft Edge on this computer.',
  },
  TEMPLATE_FROZEN: {
    vi: 'Mẫu phiếu này đã được dùng nên không sửa được nữa. Hãy sao thành phiên bản mới để sửa.',
    en: 'This template is in use and can no longer be edited. Copy it to a new version to change it.',
  },
  CAMPAIGN_LOCKED: {
    vi: 'Đợt lấy ý kiến đang ở trạng thái «{status}»: không sửa được phần này nữa.',
    en: 'The campaign is “{status}”: this part can no longer be changed.',
  },
  CAMPAIGN_CANNOT_ADVANCE: {
    vi: 'Chưa chuyển được trạng thái: {reason}',
    en: 'The status cannot change yet: {reason}',
  },
  DRAW_ALREADY_HELD: {
    vi: 'Đợt lấy ý kiến này đã bốc thăm; kết quả bốc thăm không làm lại được.',
    en: 'This campaign’s draw has been held; a draw is never redone.',
  },
  UNITS_FIXED_BY_DRAW: {
    vi: 'Đã bốc thăm từ danh sách này: danh sách đơn vị không thay được nữa.',
    en: 'The draw was held from this list: the units can no longer be replaced.',
  },
  SCHEDULE_INVALID: {
    vi: 'Lịch lấy ý kiến không hợp lệ: {reason}',
    en: 'The schedule is not valid: {reason}',
  },
  COUNTING_NOT_OPEN: {
    vi: 'Đợt lấy ý kiến đang ở trạng thái «{status}»: chưa (hoặc không còn) kiểm phiếu được.',
    en: 'The campaign is “{status}”: counting is not open.',
  },
  COUNTING_CLOSED: {
    vi: 'Phiếu này đã khóa sổ kiểm phiếu: không thay đổi được nữa.',
    en: 'Counting for this contest is closed: nothing can change any more.',
  },
  SAME_KEYER: {
    vi: 'Bạn đã nhập lô phiếu này một lần; lần nhập thứ hai phải do người khác thực hiện.',
    en: 'You have already keyed this batch; the second keying must be done by someone else.',
  },
  KEYING_COMPLETE: {
    vi: 'Lô phiếu này đã được nhập đủ số lần.',
    en: 'This batch has been keyed the required number of times.',
  },
  KEYING_FINISHED: {
    vi: 'Lần nhập này đã kết thúc; không thêm hay bớt phiếu được nữa.',
    en: 'This keying is finished; ballots can no longer be added or taken back.',
  },
  NOT_YOUR_KEYING: {
    vi: 'Lần nhập này là của người khác.',
    en: 'This keying belongs to someone else.',
  },
  RESOLVER_IS_KEYER: {
    vi: 'Người đã nhập lô phiếu này không được tự xử lý chỗ khác nhau; hãy để trưởng ban khác xử lý.',
    en: 'Someone who keyed this batch may not settle its differences; another head must.',
  },
  BATCH_VERIFIED: {
    vi: 'Lô phiếu này đã được xác nhận; không thay đổi được nữa.',
    en: 'This batch is verified; it can no longer change.',
  },
  BALLOT_INVALID: {
    vi: 'Phiếu nhập không khớp với mẫu phiếu: {reason}',
    en: 'The ballot does not fit its form: {reason}',
  },
  NOTHING_TO_UNDO: {
    vi: 'Chưa có phiếu nào để hoàn tác.',
    en: 'There is no ballot to take back.',
  },
  DIFFERENCES_PENDING: {
    vi: 'Còn {count} chỗ khác nhau giữa các lần nhập chưa được trưởng ban xử lý.',
    en: '{count} differences between the keyings are still to be settled by the head.',
  },
  RECONCILIATION_FAILS: {
    vi: 'Chưa khóa sổ được: {reason}',
    en: 'Counting cannot be closed: {reason}',
  },
  LINES_INVALID: {
    vi: 'Tệp «{file}» có {count} dòng lỗi nên chưa nhập phiếu nào. Dòng đầu tiên lỗi: {first}',
    en: 'The file “{file}” has {count} bad lines, so no ballot was imported. First: {first}',
  },
  RESULTS_NOT_READY: {
    vi: 'Chưa có kết quả: phiếu này chưa kết thúc kiểm phiếu (cần đối chiếu khớp và khóa việc kiểm phiếu trước).',
    en: 'No result yet: the counting of this contest has not been closed (reconcile and close it first).',
  },
  CONTEST_SEALED: {
    vi: 'Kết quả phiếu này đã niêm phong: không thay đổi được nữa, chỉ có thể lập biên bản sửa đổi có chữ ký.',
    en: 'The result of this contest is sealed: it cannot change; only a signed amendment can follow.',
  },
  ALREADY_SEALED: {
    vi: 'Kết quả phiếu này đã được niêm phong; muốn sửa thì lập biên bản sửa đổi.',
    en: 'This result is already sealed; to change it, record an amendment.',
  },
  NOT_SEALED: {
    vi: 'Kết quả phiếu này chưa được niêm phong.',
    en: 'This result has not been sealed.',
  },
  COUNTING_NOT_CLOSED: {
    vi: 'Chưa khóa sổ kiểm phiếu của phiếu này nên chưa niêm phong được.',
    en: 'Counting for this contest is not closed yet, so it cannot be sealed.',
  },
  SEAL_RECONCILIATION_FAILS: {
    vi: 'Đối chiếu còn lỗi nên chưa niêm phong (hoặc lập biên bản sửa đổi) được: {reason}',
    en: 'The reconciliation has errors, so the result cannot be sealed or amended: {reason}',
  },
  NO_SIGNING_IDENTITY: {
    vi: 'Bạn chưa có chứng thư ký số. Hãy tạo mới hoặc nhập tệp PKCS#12 trước khi ký.',
    en: 'You have no signing certificate yet. Generate one or import a PKCS#12 file before signing.',
  },
  ALREADY_SIGNED: {
    vi: 'Biên bản này đã được ký.',
    en: 'This record is already signed.',
  },
  NOT_SIGNED: {
    vi: 'Biên bản này chưa được trưởng ban ký số nên chưa xuất được gói kết quả.',
    en: 'The head has not signed this record yet, so no package can be exported.',
  },
  CERTIFICATE_NOT_VALID_NOW: {
    vi: 'Chứng thư ký số chỉ có hiệu lực từ {from} đến {to}; hôm nay không ký được bằng chứng thư này.',
    en: 'The signing certificate is valid from {from} to {to}; it cannot sign today.',
  },
  PKCS12_UNREADABLE: {
    vi: 'Tệp này không phải tệp PKCS#12 (.p12/.pfx) đọc được: {reason}',
    en: 'This is not a readable PKCS#12 (.p12/.pfx) file: {reason}',
  },
  PKCS12_WRONG_PASSWORD: {
    vi: 'Sai mật khẩu của tệp PKCS#12.',
    en: 'Wrong password for the PKCS#12 file.',
  },
  PKCS12_NO_KEY: {
    vi: 'Tệp PKCS#12 không có khóa bí mật dùng được cho ký số: {reason}',
    en: 'The PKCS#12 file holds no usable signing key: {reason}',
  },
  PACKAGE_INVALID: {
    vi: 'Gói kết quả bị từ chối: {reason}',
    en: 'The result package is rejected: {reason}',
  },
  PACKAGE_NOT_INSPECTED: {
    vi: 'Hãy mở (kiểm tra) gói kết quả này trước; các nhóm phải gõ là các nhóm màn hình vừa che.',
    en: 'Open (inspect) this package first; the groups to type are the ones the screen has just hidden.',
  },
  DIGEST_GROUPS_WRONG: {
    vi: 'Hai nhóm mã băm vừa gõ không khớp với gói kết quả. Hãy đọc lại trên biên bản giấy. Gói chưa được nhận.',
    en: 'The two digest groups typed do not match the package. Read them again on the paper minutes. Nothing was accepted.',
  },
  PACKAGE_ALREADY_RECEIVED: {
    vi: 'Gói kết quả này đã được nhận trước đây.',
    en: 'This result package has already been received.',
  },
  BACKUP_NOT_AGE: {
    vi: 'Tệp {path} không phải bản sao lưu mã hóa định dạng age.',
    en: 'The file {path} is not an age-encrypted backup.',
  },
  BACKUP_WRONG_KEY: {
    vi: 'Không mở được bản sao lưu: {reason}',
    en: 'The backup cannot be opened: {reason}',
  },
  BACKUP_DAMAGED: {
    vi: 'Bản sao lưu bị hỏng hoặc đã bị sửa đổi: {reason}. Không dùng được bản này; hãy dùng một bản sao lưu khác.',
    en: 'The backup is damaged or was altered: {reason}. It cannot be used; use another backup.',
  },
  BACKUP_TARGET_NOT_EMPTY: {
    vi: 'Thư mục {path} không trống; chỉ khôi phục vào đó khi chọn thay thế kho hiện có (kho hiện có được sao lưu trước).',
    en: 'The folder {path} is not empty; restore into it only when replacing the vault there (which is backed up first).',
  },
  BACKUP_FOLDER_UNAVAILABLE: {
    vi: 'Không ghi được bản sao lưu vào thư mục sao lưu ({state}). Hãy cắm ổ USB hoặc chọn thư mục khác trong mục Lưu trữ.',
    en: 'The backup cannot be written to the backup folder ({state}). Plug in the USB drive or choose another folder under Archive.',
  },
  BACKUP_NO_RECIPIENTS: {
    vi: 'Chưa có khóa lưu trữ nào để mã hóa bản sao lưu. Hãy tạo hoặc thêm một khóa trong mục Lưu trữ.',
    en: 'There is no archive key to encrypt the backup to. Generate or add one under Archive.',
  },
  BACKUP_BUSY: {
    vi: 'Đang có một việc sao lưu, kiểm tra hoặc khôi phục khác; hãy chờ xong rồi làm lại.',
    en: 'Another backup, verification or restore is under way; wait for it to finish and try again.',
  },
  BACKUP_NOT_FOUND: {
    vi: 'Không thấy bản sao lưu {fileName} trong thư mục sao lưu.',
    en: 'There is no backup {fileName} in the backup folder.',
  },
  RECIPIENT_EXISTS: {
    vi: 'Khóa lưu trữ này đã có trong danh sách.',
    en: 'This archive key is already on the list.',
  },
  RECIPIENT_NOT_FOUND: {
    vi: 'Không thấy khóa lưu trữ này (có thể đã thôi dùng).',
    en: 'This archive key was not found (it may have been retired already).',
  },
  CORE_UNREACHABLE: {
    vi: 'Mất kết nối với lõi ứng dụng. Hãy đóng và mở lại ứng dụng.',
    en: 'Lost the connection to the application core. Close and reopen the application.',
  },
  INTERNAL: {
    vi: 'Lỗi nội bộ của ứng dụng. Dữ liệu không bị thay đổi. Hãy báo cho quản trị viên.',
    en: 'Internal application error. Nothing was changed. Please tell the administrator.',
  },
} as const satisfies Record<string, Bilingual>;

export type ErrorCode = keyof typeof errorCatalogue;

/** The shape of an error on the wire. */
export interface ErrorPayload {
  readonly code: ErrorCode;
  readonly message: Bilingual;
}

/** Values put into a message: the same in every language, or given per language. */
type Params = Readonly<Record<string, string | number | Bilingual>>;

function fill(template: string, params: Params, language: Language): string {
  return fillTemplate(template, (key) => {
    if (!Object.hasOwn(params, key)) return undefined;
    const value = params[key];
    return typeof value === 'object' ? value?.[language] : String(value);
  });
}

export function errorPayload(code: ErrorCode, params: Params = {}): ErrorPayload {
  const template = errorCatalogue[code];
  return {
    code,
    message: { vi: fill(template.vi, params, 'vi'), en: fill(template.en, params, 'en') },
  };
}

/**
 * Thrown by services for expected failures; the dispatcher turns it into an
 * ErrorPayload. Anything else a service throws is a bug and becomes INTERNAL.
 */
export class AppError extends Error {
  readonly payload: ErrorPayload;

  constructor(code: ErrorCode, params: Params = {}, payload: ErrorPayload = errorPayload(code, params)) {
    super(payload.message.en);
    this.name = 'AppError';
    this.payload = payload;
  }

  /** Re-raises an error that came back from a call, e.g. in the CLI. */
  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, {}, payload);
  }
}
