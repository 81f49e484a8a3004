/** The command line: prompts, reports and reasons. */
export const cliTexts = {
  'cli.backup.backedUp': 'Đã sao lưu.',
  'cli.backup.backupExportToKeys':
    'backup export (--to-keys | --passphrase) [--out-dir THƯ_MỤC]    sao lưu mã hóa (lưu trữ, quản trị)',
  'cli.backup.backupOfTheReplaced': 'Bản sao lưu kho cũ',
  'cli.backup.backupPassphrase': 'Cụm mật khẩu sao lưu: ',
  'cli.backup.backupRestoreFileFile':
    'backup restore --file TỆP.age (--to THƯ_MỤC_MỚI | --replace) [--identity-file KHÓA.txt]    khôi phục',
  'cli.backup.backupVerifyFileFile':
    'backup verify --file TỆP.age [--identity-file KHÓA.txt]    kiểm tra bản sao lưu (không cần kho)',
  'cli.backup.campaigns': 'Đợt lấy ý kiến',
  'cli.backup.cannotReadTheKey': 'không đọc được tệp khóa «{identityFile}»',
  'cli.backup.checkedMembersSignatures': 'Đã kiểm tra: {members} thành phần, {signaturesVerified} chữ ký số',
  'cli.backup.countsContestsBallotsSeals':
    'Số lượng: {contests} cuộc lấy ý kiến, {ballots} phiếu, {seals} lần niêm phong, {auditEntries} mục nhật ký',
  'cli.backup.file': 'Tệp',
  'cli.backup.madeAt': 'Tạo lúc',
  'cli.backup.needsExactlyOneOf': 'cần đúng một trong --to-keys, --passphrase',
  'cli.backup.needsFile': 'cần --file',
  'cli.backup.needsFileAndExactly': 'cần --file và đúng một trong --to, --replace',
  'cli.backup.passphrase': 'Cụm mật khẩu: ',
  'cli.backup.passphraseAgain': 'Nhập lại cụm mật khẩu: ',
  'cli.backup.restored': 'Đã khôi phục.',
  'cli.backup.theBackupIsIntact': 'Bản sao lưu nguyên vẹn.',
  'cli.backup.typeVaultName': 'Kho «{vaultName}» sẽ bị thay bằng bản sao lưu. Gõ đúng tên kho để đồng ý: ',
  'cli.cliContext.newPasswordFor': 'Mật khẩu mới của {whose}: ',
  'cli.cliContext.passwordFor': 'Mật khẩu của {user}: ',
  'cli.cliContext.thisCommandNeedsUser': 'lệnh này cần --user TÊN_ĐĂNG_NHẬP',
  'cli.cliContext.typeTheNewPassword': 'Nhập lại mật khẩu mới: ',
  'cli.draw.cannotReadTheFile': 'không đọc được tệp «{path}»',
  'cli.draw.drawVerifyFileFile':
    'draw verify --file TỆP              tính lại kết quả bốc thăm từ tệp biên bản (không cần kho dữ liệu)',
  'cli.draw.drawnOutOfPosition':
    '{label}: bốc {count} trong {length} đơn vị (số thứ tự trong danh sách, theo thứ tự bốc)',
  'cli.draw.recomputingGivesTheRecorded': 'Tính lại khớp với kết quả đã ghi. Hạt giống: «{seed}».\\n',
  'cli.draw.theFileIsNot': 'tệp «{path}» không phải JSON',
  'cli.draw.thisCommandNeedsFile': 'lệnh này cần --file TỆP',
  'cli.info.dataDirectory': 'Thư mục dữ liệu',
  'cli.info.infoJsonVersionData':
    'info [--json]                       phiên bản, thư mục dữ liệu, trạng thái kho dữ liệu',
  'cli.info.language': 'Ngôn ngữ',
  'cli.info.platform': 'Nền tảng',
  'cli.info.shell': 'Giao diện',
  'cli.info.version': 'Phiên bản',
  'cli.progressLine.backingUpTheCurrent': 'sao lưu kho hiện tại',
  'cli.progressLine.decryptingAndChecking': 'giải mã và kiểm tra',
  'cli.progressLine.decryptingCheckingAndWriting': 'giải mã, kiểm tra và ghi',
  'cli.progressLine.encryptingAndWriting': 'mã hóa và ghi',
  'cli.progressLine.hashing': 'tính mã băm',
  'cli.progressLine.snapshot': 'chụp dữ liệu',
  'cli.result.campaign': 'Đợt',
  'cli.result.certificateFingerprint': 'Vân tay chứng thư',
  'cli.result.envelopeSeal': 'Số niêm phong',
  'cli.result.outNeedsDir': '--out cần THƯ_MỤC',
  'cli.result.personAssessed': 'Người được góp ý',
  'cli.result.recordAmendment': 'Biên bản: sửa đổi lần',
  'cli.result.recordSeal': 'Biên bản: niêm phong',
  'cli.result.resultVerifyFileFile':
    'result verify --file TỆP [--out THƯ_MỤC]  kiểm tra gói kết quả niêm phong (mã băm, chữ ký); --out ghi result.json, result.p7s, certificate.pem cho openssl',
  'cli.result.shaDigest': 'Mã băm SHA-256',
  'cli.result.signedBy': 'Người ký',
  'cli.result.theResultPackageIs': 'Gói kết quả hợp lệ: mã băm khớp với kết quả, chữ ký số đúng.',
  'cli.result.unit': 'Đơn vị',
  'cli.result.written': 'Đã ghi',
  'cli.tally.needsJsonAndExactly': 'cần --json và đúng một trong --contest, --campaign',
  'cli.tally.tallyJsonContestId':
    'tally --json (--contest MÃ | --campaign MÃ)    kết quả kiểm phiếu dạng JSON (trưởng ban, quản trị, lưu trữ)',
  'cli.thing.vault': 'Kho dữ liệu',
  'cli.user.addUsage':
    'user add --login ĐĂNG_NHẬP --full-name HỌ_TÊN --role {roles}   thêm người dùng (cần --user quản trị)',
  'cli.user.missing': 'thiếu {option}',
  'cli.user.userPasswdLoginLogin':
    'user passwd [--login ĐĂNG_NHẬP]              đổi mật khẩu của mình, hoặc (quản trị) đặt lại cho người khác',
  'cli.user.userRemoveLoginLogin': 'user remove --login ĐĂNG_NHẬP                xóa người dùng (cần --user quản trị)',
  'cli.vault.administratorFullName': 'Họ và tên người quản trị: ',
  'cli.vault.administratorLogin': 'Tên đăng nhập của người quản trị: ',
  'cli.vault.auditBroken': 'Nhật ký kiểm toán: {entries} mục, mốc trong tệp khóa: {anchor}, BỊ PHÁ VỠ\n',
  'cli.vault.auditEntryProblem': 'mục {sequence}: {problem}',
  'cli.vault.auditIntact': 'Nhật ký kiểm toán: {entries} mục, mốc trong tệp khóa: {anchor}, nguyên vẹn\n',
  'cli.vault.auditLogIntactEntries':
    'Nhật ký nguyên vẹn: {entriesChecked} mục, khớp mốc {anchorSequence} trong tệp khóa.\\n',
  'cli.vault.auditVerifyRecomputeThe':
    'audit verify                        tính lại chuỗi băm của nhật ký, báo mắt xích hỏng đầu tiên',
  'cli.vault.vaultCheckUnlockRun':
    'vault check                         mở kho, kiểm tra toàn vẹn (integrity_check) và chuỗi nhật ký',
  'cli.vault.vaultCreatedTheRecovery':
    'Đã tạo kho dữ liệu. KHÓA KHÔI PHỤC dưới đây chỉ hiện một lần: chép ra giấy, cho vào phong bì niêm phong, cất vào két.\\n',
  'cli.vault.vaultInitNameName':
    'vault init [--name TÊN] [--admin ĐĂNG_NHẬP] [--full-name HỌ_TÊN]   tạo kho dữ liệu và người quản trị đầu tiên',
  'cli.vault.vaultName': 'Tên kho dữ liệu: ',
} as const;
