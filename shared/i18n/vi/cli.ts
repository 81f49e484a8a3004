/** The command line: prompts, reports and reasons. */
export const cliTexts = {
  'cli.backup.backedUp': 'Đã sao lưu.',
  'cli.backup.backupExportToKeys':
    'backup export (--to-keys | --passphrase) [--out-dir THƯ_MỤC] [--compact]    sao lưu mã hóa (lưu trữ, quản trị); --compact: nén gọn kho (chậm hơn)',
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
  'cli.backup.auditAnchor': 'Mốc nhật ký trong bản sao lưu: {anchor}',
  'cli.backup.auditAnchorHolds': 'Mốc nhật ký trong bản sao lưu: {anchor}; nhật ký của kho này vẫn dẫn tới mốc',
  'cli.backup.auditAnchorLost':
    'Mốc nhật ký trong bản sao lưu: {anchor}; nhật ký của kho này KHÔNG còn dẫn tới mốc: lịch sử đã bị viết lại sau khi sao lưu',
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
  'cli.draw.exportUsage':
    'draw export --campaign MÃ --out TỆP|THƯ_MỤC    lưu tệp kết quả bốc thăm của đợt (như nút trên màn hình Bốc thăm), để kiểm tra theo VERIFYING.md',
  'cli.draw.exportNeeds': 'cần --campaign MÃ và --out TỆP.json (hoặc THƯ_MỤC)',
  'cli.draw.heldDraw': 'kết quả bốc thăm (đợt này chưa bốc thăm)',
  'cli.draw.drawVerifyFileFile':
    'draw verify --file TỆP              tính lại kết quả bốc thăm từ tệp biên bản (không cần kho dữ liệu)',
  'cli.draw.drawnOutOfPosition':
    '{label}: bốc {count} trong {length} đơn vị (số thứ tự trong danh sách, theo thứ tự bốc)',
  'cli.draw.recomputingGivesTheRecorded': 'Tính lại khớp với kết quả đã ghi. Hạt giống: «{seed}».',
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
  'cli.vault.anchorHolds': 'Mốc ({source}) {label}: mục {sequence}, khớp',
  'cli.vault.anchorLost': 'Mốc ({source}) {label}: mục {sequence}, KHÔNG KHỚP',
  'cli.vault.anchorUnreadable':
    '--anchor «{text}» không đọc được: cần SỐ_MỤC:MÃ, ví dụ 1234:9f2c77ab…, với ít nhất 16 chữ số thập lục phân của mã',
  'cli.vault.auditBroken': 'Nhật ký kiểm toán: {entries} mục, mốc trong tệp khóa: {anchor}, BỊ PHÁ VỠ',
  'cli.vault.auditEntryProblem': 'mục {sequence}: {problem}',
  'cli.vault.auditIntact': 'Nhật ký kiểm toán: {entries} mục, mốc trong tệp khóa: {anchor}, nguyên vẹn',
  'cli.vault.auditLogIntactEntries':
    'Nhật ký nguyên vẹn: {entriesChecked} mục, khớp mốc {anchorSequence} trong tệp khóa.',
  'cli.vault.auditVerifyRecomputeThe':
    'audit verify [--anchor SỐ_MỤC:MÃ]…  tính lại chuỗi băm của nhật ký, đối chiếu các mốc (kết quả niêm phong, văn bản in, sao lưu), báo chỗ hỏng đầu tiên',
  'cli.vault.vaultCheckUnlockRun':
    'vault check                         mở kho, kiểm tra toàn vẹn (integrity_check) và chuỗi nhật ký',
  'cli.vault.vaultCreatedTheRecovery':
    'Đã tạo kho dữ liệu. KHÓA KHÔI PHỤC dưới đây chỉ hiện một lần: chép ra giấy, cho vào phong bì niêm phong, cất vào két.',
  'cli.vault.vaultInitNameName':
    'vault init [--name TÊN] [--admin ĐĂNG_NHẬP] [--full-name HỌ_TÊN]   tạo kho dữ liệu và người quản trị đầu tiên',
  'cli.vault.vaultName': 'Tên kho dữ liệu: ',
  'cli.parse.unknownOption': 'không có tùy chọn «{option}»',
  'cli.parse.missingValue': 'tùy chọn «{option}» cần một giá trị',
  'cli.parse.noValue': 'tùy chọn «{option}» không nhận giá trị',
  'cli.parse.unexpected': 'thừa «{argument}»',
  'cli.parse.unreadable': 'không hiểu dòng lệnh',
  'cli.parse.language': '--lang chỉ nhận vi hoặc en, không nhận «{language}»',
  'cli.parse.unknownCommand': 'không có lệnh «{command}»',
  'cli.help.usage': 'Cách dùng: kiem-phieu [--data-dir THƯ_MỤC] [--lang vi|en] [--user ĐĂNG_NHẬP] <lệnh> [tùy chọn]',
  'cli.help.globals':
    'Tùy chọn chung (đặt ở đâu trên dòng lệnh cũng được): --data-dir THƯ_MỤC, --lang vi|en, --user ĐĂNG_NHẬP, --help, --version. Mật khẩu luôn được hỏi (hoặc đọc từng dòng từ stdin), không bao giờ lấy từ dòng lệnh. Mã thoát: 0 xong, 1 không làm được (một dòng lý do), 2 sai cách dùng.',
  'cli.help.commands': 'Các lệnh (kiem-phieu <lệnh> --help cho biết thêm):',
  'cli.help.usageOf': 'Cách dùng:',
  'cli.help.options': 'Tùy chọn của lệnh:',
  'cli.help.value': 'GIÁ_TRỊ',
  'cli.user.roleOneOf': '--role nhận một trong: {roles}',
  'cli.api.usage':
    'api LỆNH_GỌI [--input TỆP.json | --input -] [--json]; api --list [--json]    gọi một chức năng bất kỳ (kết quả JSON ra stdout; lỗi JSON ra stderr, mã thoát 1)',
  'cli.api.everyone': 'mọi người, không cần đăng nhập',
  'cli.api.cannotReadInput': 'không đọc được dữ liệu vào «{file}»',
  'cli.api.inputNotJson': 'dữ liệu vào «{file}» không phải JSON',
  'cli.api.needsCall': 'cần tên chức năng, ví dụ: api campaigns.list (xem api --list)',
  'cli.api.unknownCall': 'không có chức năng «{call}» (xem api --list)',
  'cli.progressLine.checkingLines': 'kiểm tra từng dòng',
  'cli.progressLine.storingBallots': 'ghi phiếu vào kho',
  'cli.progressLine.checkingPackage': 'kiểm tra chữ ký và từng phiếu của gói',
  'cli.progressLine.mergingBatches': 'gộp từng lô',
  'cli.ballots.usage':
    'ballots import --contest MÃ --file TỆP.jsonl    nhập phiếu dạng JSON lines vào một lô mới, tất cả hoặc không (trưởng ban)',
  'cli.ballots.needsContestAndFile': 'cần --contest MÃ và --file TỆP.jsonl',
  'cli.ballots.imported': 'Đã nhập {imported} phiếu vào lô {batch}.',
  'cli.campaign.exportUsage':
    'campaign export --campaign MÃ --out TỆP.json    ghi toàn bộ thiết lập một đợt ra một tệp (quản trị, trưởng ban)',
  'cli.campaign.importUsage':
    'campaign import --file TỆP.json    lập một đợt từ tệp thiết lập, giữ nguyên các mã (quản trị)',
  'cli.campaign.exportNeeds': 'cần --campaign MÃ và --out TỆP.json',
  'cli.desk.kitUsage':
    'desk kit --campaign MÃ --name TÊN_BÀN --fingerprint VÂN_TAY [--unit-type MÃ_LOẠI] [--second-entry] --out THƯ_MỤC — lập bộ dữ liệu cho bàn phụ (trưởng ban; hỏi cụm mật khẩu ký số); --second-entry: gói của bàn phụ chỉ là lần nhập thứ nhất, bàn chính nhập lại phiếu giấy',
  'cli.desk.kitNeeds': 'cần --campaign, --name, --fingerprint và --out',
  'cli.desk.noContests': 'không còn phiếu nào chưa giao cho bàn phụ (theo loại đơn vị đã chọn)',
  'cli.desk.passphrase': 'Cụm mật khẩu ký số của trưởng ban: ',
  'cli.desk.kitWritten': 'Đã ghi bộ dữ liệu bàn phụ ({contests} phiếu): {path}',
  'cli.desk.openUsage':
    'desk open --file TỆP.bkp.json --fingerprint VÂN_TAY_BÀN_CHÍNH — mở bộ dữ liệu bàn phụ (quản trị)',
  'cli.desk.openNeeds': 'cần --file và --fingerprint',
  'cli.desk.opened': 'Đã mở bộ dữ liệu {kitId}: đợt {campaignId}, {contests} phiếu.',
  'cli.desk.exportUsage':
    'desk export --campaign MÃ --out THƯ_MỤC — xuất gói bàn phụ (tổ trưởng bàn phụ; hỏi cụm mật khẩu ký số)',
  'cli.desk.exportNeeds': 'cần --campaign và --out',
  'cli.desk.exported': 'Đã ghi gói bàn phụ ({batches} lô, {ballots} phiếu): {path}',
  'cli.desk.importUsage': 'desk import --file TỆP.gbp.json — nhập gói của bàn phụ vào bàn chính (trưởng ban)',
  'cli.desk.importNeeds': 'cần --file',
  'cli.desk.merged':
    'Gói của {deskName}: nhập {merged} lô ({ballots} phiếu); {alreadyMerged} lô đã nhập từ trước nên bỏ qua.',
  'cli.desk.awaitingSecondEntry':
    '{awaitingSecondEntry} lô mới chỉ là lần nhập thứ nhất: nhập lại phiếu giấy tại bàn chính (lần 2), rồi xử lý chỗ khác nhau.',
} as const;
