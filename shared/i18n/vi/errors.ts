/**
 * Why a call failed: one message per error code, shown to the user as it is (after its named
 * values are put in). Every failure that crosses the boundary has a code from here.
 */
export const errorTexts = {
  'errors.UNKNOWN_CALL': 'Không có chức năng «{call}».',
  'errors.INVALID_INPUT': 'Dữ liệu gửi lên không hợp lệ: {reason}',
  'errors.NOT_SIGNED_IN': 'Cần đăng nhập để dùng chức năng này.',
  'errors.FORBIDDEN': 'Vai trò «{role}» không được phép dùng chức năng này.',
  'errors.SHELL_NOT_ALLOWED': 'Chức năng này chỉ dùng được từ: {shells}.',
  'errors.DATA_DIRECTORY_UNAVAILABLE': 'Không ghi được vào thư mục dữ liệu {path}.',
  'errors.DATA_DIRECTORY_NOT_PRIVATE':
    'Thư mục dữ liệu {path} cho người dùng khác đọc được (quyền {mode}) và ứng dụng không sửa được vì thư mục không thuộc về bạn. Hãy chọn thư mục khác hoặc nhờ quản trị máy đặt quyền 0700.',
  'errors.UNAUTHORIZED': 'Yêu cầu không có mã truy cập hợp lệ của phiên làm việc này.',
  'errors.FOREIGN_REQUEST': 'Yêu cầu đến từ một địa chỉ lạ và đã bị từ chối.',
  'errors.VAULT_ABSENT': 'Chưa có kho dữ liệu trong thư mục {path}. Hãy tạo kho dữ liệu trước.',
  'errors.VAULT_EXISTS': 'Thư mục này đã có kho dữ liệu; không tạo kho mới đè lên.',
  'errors.WRONG_PASSWORD': 'Sai tên đăng nhập hoặc mật khẩu.',
  'errors.WRONG_RECOVERY_KEY': 'Khóa khôi phục không đúng với kho dữ liệu này.',
  'errors.RECOVERY_KEY_MISTYPED':
    'Khóa khôi phục bị gõ nhầm (sai định dạng hoặc sai ký tự kiểm tra). Hãy đối chiếu lại với bản giấy.',
  'errors.LOCKED_OUT': 'Đã nhập sai quá nhiều lần. Hãy thử lại sau {seconds} giây.',
  'errors.HEADER_DAMAGED':
    'Tệp khóa của kho dữ liệu ({path}) bị hỏng hoặc đã bị sửa. Không mở được kho; hãy khôi phục từ bản sao lưu. Không xóa tệp nào.',
  'errors.VAULT_DAMAGED':
    'Mật khẩu đúng nhưng tệp kho dữ liệu ({path}) bị hỏng. Hãy khôi phục từ bản sao lưu gần nhất. Không xóa tệp nào.',
  'errors.VAULT_TOO_NEW':
    'Kho dữ liệu này do phiên bản mới hơn tạo ra (định dạng {found}, phiên bản này đọc được đến {supported}). Hãy cập nhật ứng dụng.',
  'errors.VAULT_IN_USE': 'Kho dữ liệu đang được mở ở một cửa sổ hoặc chương trình khác. Hãy đóng nơi đó trước.',
  'errors.LOGIN_TAKEN': 'Tên đăng nhập «{login}» đã có người dùng.',
  'errors.USER_NOT_FOUND': 'Không có người dùng này.',
  'errors.CANNOT_REMOVE_SELF': 'Không thể tự xóa tài khoản đang đăng nhập.',
  'errors.LAST_ADMIN': 'Phải còn ít nhất một người quản trị.',
  'errors.PASSWORDS_DIFFER': 'Hai lần nhập mật khẩu không khớp nhau.',
  'errors.STDIN_ENDED': 'Đầu vào chuẩn (stdin) đã hết trước khi trả lời đủ các câu hỏi.',
  'errors.CHECK_FAILED': 'Kiểm tra không đạt: {reason}',
  'errors.NOT_FOUND': 'Không tìm thấy {what}.',
  'errors.IMPORT_UNREADABLE': 'Không đọc được tệp «{file}»: {reason}',
  'errors.IMPORT_HAS_ERRORS': 'Tệp có {count} lỗi nên chưa nhập dòng nào. Hãy sửa các lỗi được liệt kê rồi nhập lại.',
  'errors.DRAW_RECORD_INVALID': 'Tệp kết quả bốc thăm không đúng định dạng: {reason}',
  'errors.DRAW_MISMATCH': 'Tính lại không ra cùng kết quả bốc thăm: {reason}',
  'errors.PRINT_UNAVAILABLE':
    'Không tạo được bản in PDF: không tìm thấy Chromium, Google Chrome hay Microsoft Edge trên máy.',
  'errors.TEMPLATE_FROZEN': 'Mẫu phiếu này đã được dùng nên không sửa được nữa. Hãy sao thành phiên bản mới để sửa.',
  'errors.CAMPAIGN_LOCKED': 'Đợt lấy ý kiến đang ở trạng thái «{status}»: không sửa được phần này nữa.',
  'errors.CAMPAIGN_CANNOT_ADVANCE': 'Chưa chuyển được trạng thái: {reason}',
  'errors.DRAW_ALREADY_HELD': 'Đợt lấy ý kiến này đã bốc thăm; kết quả bốc thăm không làm lại được.',
  'errors.UNITS_FIXED_BY_DRAW': 'Đã bốc thăm từ danh sách này: danh sách đơn vị không thay được nữa.',
  'errors.SCHEDULE_INVALID': 'Lịch lấy ý kiến không hợp lệ: {reason}',
  'errors.COUNTING_NOT_OPEN': 'Đợt lấy ý kiến đang ở trạng thái «{status}»: chưa (hoặc không còn) kiểm phiếu được.',
  'errors.COUNTING_CLOSED': 'Phiếu này đã khóa sổ kiểm phiếu: không thay đổi được nữa.',
  'errors.SAME_KEYER': 'Bạn đã nhập lô phiếu này một lần; lần nhập thứ hai phải do người khác thực hiện.',
  'errors.KEYING_COMPLETE': 'Lô phiếu này đã được nhập đủ số lần.',
  'errors.KEYING_FINISHED': 'Lần nhập này đã kết thúc; không thêm hay bớt phiếu được nữa.',
  'errors.NOT_YOUR_KEYING': 'Lần nhập này là của người khác.',
  'errors.RESOLVER_IS_KEYER':
    'Người đã nhập lô phiếu này không được tự xử lý chỗ khác nhau; hãy để trưởng ban khác xử lý.',
  'errors.BATCH_VERIFIED': 'Lô phiếu này đã được xác nhận; không thay đổi được nữa.',
  'errors.BALLOT_INVALID': 'Phiếu nhập không khớp với mẫu phiếu: {reason}',
  'errors.NOTHING_TO_UNDO': 'Chưa có phiếu nào để hoàn tác.',
  'errors.DIFFERENCES_PENDING': 'Còn {count} chỗ khác nhau giữa các lần nhập chưa được trưởng ban xử lý.',
  'errors.AUDIT_NOT_AVAILABLE': 'Không kiểm tra chất lượng nhập được lô phiếu này: {reason}.',
  'errors.AUDIT_ALREADY_DRAWN': 'Lô phiếu này đã rút mẫu kiểm tra chất lượng nhập; mẫu không rút lại được.',
  'errors.AUDIT_NOT_DRAWN': 'Lô phiếu này chưa rút mẫu kiểm tra chất lượng nhập.',
  'errors.AUDIT_NOT_INDEPENDENT': 'Kiểm tra chất lượng nhập phải do người thứ ba làm: {reason}.',
  'errors.AUDIT_SAMPLE_KEYED': 'Đã nhập đủ {count} phiếu của mẫu kiểm tra; hãy kết thúc lần nhập.',
  'errors.AUDIT_INCOMPLETE': 'Mới nhập {keyed}/{count} phiếu của mẫu kiểm tra.',
  'errors.AUDIT_ALREADY_JUDGED': 'Chỗ khác nhau này đã có kết luận; kết luận không sửa được.',
  'errors.RETURN_OPEN':
    'Lô phiếu này đang chờ người nhập lần {pass} nhập lại từ phiếu giấy; chỉ xử lý được sau khi người đó trả lời (hoặc rút lại việc trả về).',
  'errors.DIFFERENCE_SETTLED': 'Chỗ khác nhau ở phiếu thứ {position} đã được xử lý; không trả về người nhập được nữa.',
  'errors.KEYER_UNAVAILABLE':
    'Người nhập lần {pass} không còn đăng nhập được (đã bị xóa, hoặc là lần nhập của bàn phụ): trưởng ban tự xử lý các chỗ này.',
  'errors.RETURN_CLOSED': 'Việc trả về này đã được trả lời hoặc đã được rút lại.',
  'errors.RETURN_INCOMPLETE': 'Cần nhập lại đủ {count} ô được trả về, mỗi ô một lần; chưa ô nào được lưu.',
  'errors.RECONCILIATION_FAILS': 'Chưa khóa sổ được: {reason}',
  'errors.SURVEY_INVALID':
    'Tệp «{file}» có {count} lỗi nên chưa nhập phiếu nào (xem trước để thấy mọi lỗi theo dòng và cột). Lỗi đầu tiên: {first}',
  'errors.LINES_INVALID': 'Tệp «{file}» có {count} dòng lỗi nên chưa nhập phiếu nào. Dòng đầu tiên lỗi: {first}',
  'errors.RESULTS_NOT_READY':
    'Chưa có kết quả: phiếu này chưa kết thúc kiểm phiếu (cần đối chiếu khớp và khóa việc kiểm phiếu trước).',
  'errors.CONTEST_SEALED':
    'Kết quả phiếu này đã niêm phong: không thay đổi được nữa, chỉ có thể lập biên bản sửa đổi có chữ ký.',
  'errors.ALREADY_SEALED': 'Kết quả phiếu này đã được niêm phong; muốn sửa thì lập biên bản sửa đổi.',
  'errors.MACHINE_ONLINE':
    'Máy tính này đang có thể kết nối ra ngoài (thấy {seen}; từ {since}). Đợt lấy ý kiến này không cho nhập phiếu, niêm phong, ký số khi máy còn nối mạng: hãy rút cáp mạng, tắt Wi-Fi, chờ cảnh báo đỏ tắt (tối đa 30 giây) rồi làm lại.',
  'errors.NOT_SEALED': 'Kết quả phiếu này chưa được niêm phong.',
  'errors.CORRECTION_ALREADY_OPEN':
    'Phiếu này đang có một đợt điều chỉnh chưa kết luận; kết luận đợt đó trước khi mở đợt mới.',
  'errors.CORRECTION_CONCLUDED': 'Đợt điều chỉnh này đã kết luận; không thay đổi được nữa.',
  'errors.BATCH_ALREADY_REPLACED': 'Lô phiếu này đã được nhập lại (hoặc đang được nhập lại) trong một đợt điều chỉnh.',
  'errors.BATCH_NOT_REKEYABLE':
    'Chỉ nhập lại được lô phiếu giấy đã nhập và đối chiếu tại máy này, đang được tính vào kết quả.',
  'errors.CORRECTION_BATCHES_PENDING':
    'Còn lô phiếu của đợt điều chỉnh chưa nhập đủ hai lần và đối chiếu xong: {batches}.',
  'errors.COUNTING_NOT_CLOSED': 'Chưa khóa sổ kiểm phiếu của phiếu này nên chưa niêm phong được.',
  'errors.SEAL_RECONCILIATION_FAILS':
    'Đối chiếu còn lỗi nên chưa niêm phong (hoặc lập biên bản sửa đổi) được: {reason}',
  'errors.NO_SIGNING_IDENTITY': 'Bạn chưa có chứng thư ký số. Hãy tạo mới hoặc nhập tệp PKCS#12 trước khi ký.',
  'errors.ALREADY_SIGNED': 'Biên bản này đã được ký.',
  'errors.NOT_SIGNED': 'Biên bản này chưa được trưởng ban ký số nên chưa xuất được gói kết quả.',
  'errors.CERTIFICATE_NOT_VALID_NOW':
    'Chứng thư ký số chỉ có hiệu lực từ {from} đến {to}; hôm nay không ký được bằng chứng thư này.',
  'errors.PKCS12_UNREADABLE': 'Tệp này không phải tệp PKCS#12 (.p12/.pfx) đọc được: {reason}',
  'errors.PKCS12_WRONG_PASSWORD': 'Sai mật khẩu của tệp PKCS#12.',
  'errors.PKCS12_NO_KEY': 'Tệp PKCS#12 không có khóa bí mật dùng được cho ký số: {reason}',
  'errors.PACKAGE_INVALID': 'Gói kết quả bị từ chối: {reason}',
  'errors.PACKAGE_NOT_INSPECTED':
    'Hãy mở (kiểm tra) gói kết quả này trước; các nhóm phải gõ là các nhóm màn hình vừa che.',
  'errors.DIGEST_GROUPS_WRONG':
    'Hai nhóm mã băm vừa gõ không khớp với gói kết quả. Hãy đọc lại trên biên bản giấy. Gói chưa được nhận.',
  'errors.PACKAGE_ALREADY_RECEIVED':
    'Kết quả này (cùng người được góp ý, cùng mã băm) đã được nhận trước đây. Nếu gói đã nhận là sai, hãy rút gói đó rồi nhận lại.',
  'errors.SIGNER_NOT_TRUSTED':
    'Người ký gói này ({signer}, dấu vân tay chứng thư {fingerprint}) không có trong danh sách người ký tin cậy. Gói không được nhận. Chỉ thêm người ký sau khi đối chiếu dấu vân tay với biên bản giấy.',
  'errors.SIGNER_FINGERPRINT_INVALID':
    'Dấu vân tay chứng thư phải gồm đúng 64 chữ số thập lục phân (0–9, a–f), thường viết thành 16 nhóm 4 ký tự.',
  'errors.SIGNER_ALREADY_TRUSTED': 'Người ký có dấu vân tay này đã có trong danh sách người ký tin cậy.',
  'errors.SIGNER_REGISTER_INVALID': 'Tệp danh sách người ký tin cậy không hợp lệ: {reason}',
  'errors.PACKAGE_ALREADY_WITHDRAWN': 'Gói kết quả này đã được rút trước đây.',
  'errors.BACKUP_NOT_AGE': 'Tệp {path} không phải bản sao lưu mã hóa định dạng age.',
  'errors.BACKUP_WRONG_KEY': 'Không mở được bản sao lưu: {reason}',
  'errors.BACKUP_DAMAGED':
    'Bản sao lưu bị hỏng hoặc đã bị sửa đổi: {reason}. Không dùng được bản này; hãy dùng một bản sao lưu khác.',
  'errors.BACKUP_TARGET_NOT_EMPTY':
    'Thư mục {path} không trống; chỉ khôi phục vào đó khi chọn thay thế kho hiện có (kho hiện có được sao lưu trước).',
  'errors.BACKUP_FOLDER_UNAVAILABLE':
    'Không ghi được bản sao lưu vào thư mục sao lưu ({state}). Hãy cắm ổ USB hoặc chọn thư mục khác trong mục Lưu trữ.',
  'errors.BACKUP_NO_RECIPIENTS':
    'Chưa có khóa lưu trữ nào để mã hóa bản sao lưu. Hãy tạo hoặc thêm một khóa trong mục Lưu trữ.',
  'errors.BACKUP_BUSY': 'Đang có một việc sao lưu, kiểm tra hoặc khôi phục khác; hãy chờ xong rồi làm lại.',
  'errors.BACKUP_NOT_FOUND': 'Không thấy bản sao lưu {fileName} trong thư mục sao lưu.',
  'errors.RECIPIENT_EXISTS': 'Khóa lưu trữ này đã có trong danh sách.',
  'errors.RECIPIENT_NOT_FOUND': 'Không thấy khóa lưu trữ này (có thể đã thôi dùng).',
  'errors.CORE_UNREACHABLE': 'Mất kết nối với lõi ứng dụng. Hãy đóng và mở lại ứng dụng.',
  'errors.INTERNAL': 'Lỗi nội bộ của ứng dụng. Dữ liệu không bị thay đổi. Hãy báo cho quản trị viên.',
  'errors.BALLOTS_ALREADY_STORED':
    'Tệp «{file}» có {count} phiếu đã có trong kho (dòng {lines}) nên chưa nhập phiếu nào. Một tệp chỉ được nhập một lần; mã phiếu không được trùng.',
  'errors.CAMPAIGN_EXISTS': 'Kho này đã có đợt lấy ý kiến «{name}»; không nhập lại.',
  'errors.CAMPAIGN_FILE_INVALID': 'Tệp đợt lấy ý kiến không dùng được: {reason}. Chưa nhập gì.',
  'errors.SIGNING_PASSPHRASE_WRONG':
    'Cụm mật khẩu ký số không đúng. Nếu đã quên, hãy tạo chữ ký số mới: chứng thư cũ vẫn có giá trị với những gì đã ký.',
  'errors.DESK_CONTESTS_INVALID': 'Không giao được các phiếu này cho bàn phụ: {reason}',
  'errors.DESK_KIT_INVALID': 'Bộ dữ liệu bàn phụ bị từ chối: {reason}',
  'errors.DESK_PACKAGE_INVALID': 'Gói bàn phụ bị từ chối: {reason}. Chưa nhập gì.',
  'errors.DESK_NOT_REGISTERED':
    'Gói do {signer} ký (dấu vân tay {fingerprint}), không phải bàn phụ đã đăng ký khi lập bộ dữ liệu. Chưa nhập gì.',
  'errors.RATING_RULE_BROKEN': 'Quyết định xếp loại không được ghi vì trái quy định: {reason}',
  'errors.RATING_ROUND_EXISTS': 'Năm {year} đã có đợt đánh giá, xếp loại; mỗi năm chỉ một đợt.',
  'errors.RATING_ROSTER_EMPTY':
    'Chưa có tổ chức nào trong danh sách: hãy nhập danh sách tổ chức, đảng viên trước khi mở đợt xếp loại.',
  'errors.RATING_ALREADY_DECIDED':
    'Mức xếp loại của {name} đã được quyết định; không sửa tự kiểm điểm, mức đề xuất sau quyết định.',
  'errors.RATING_VOTE_INVALID': 'Không lập được cuộc biểu quyết: {reason}',
  'errors.PLAN_PERIOD_INVALID':
    'Thời gian của kế hoạch không hợp lệ: ngày bắt đầu {fromDate} sau ngày kết thúc {toDate}.',
  'errors.REMEDIATION_CRITERION_UNKNOWN': 'Phiếu góp ý của người này không có nội dung số {number}.',
  'errors.REMEDIATION_FLAGGED_UNCOVERED':
    'Kế hoạch khắc phục chưa có biện pháp cho nội dung được góp ý số {numbers}: mỗi nội dung được góp ý cần ít nhất một biện pháp.',
  'errors.REMEDIATION_NO_PLAN': 'Người này chưa nộp kế hoạch khắc phục: hãy nhập kế hoạch trước khi ghi tiến độ.',
  'errors.REMEDIATION_MATCH_INVALID': 'Không ghép được: {reason}',
  'errors.KIOSK_CODE_INVALID':
    'Mã không dùng được: mã sai, đã dùng hoặc không phải của hội nghị này. Hãy kiểm tra lại mã trên phiếu.',
  'errors.KIOSK_CLOSED': 'Máy bỏ phiếu điện tử của hội nghị này đã đóng.',
  'errors.KIOSK_LAN_ADDRESS':
    'Địa chỉ {address} không phải của máy này: hãy chọn một địa chỉ trong danh sách card mạng của máy.',
  'errors.KIOSK_LAN_BUSY': 'Mạng nội bộ đang mở cho hội nghị {unit}: hãy đóng ở đó trước khi mở cho hội nghị khác.',
  'errors.KIOSK_LAN_UNAVAILABLE': 'Không mở được mạng nội bộ cho điện thoại: {reason}',
  'errors.TOO_MANY_ATTEMPTS': 'Thử quá nhiều lần: hãy chờ một phút rồi nhập lại mã trên phiếu.',
} as const;
