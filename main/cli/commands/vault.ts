import { parseArgs } from 'node:util';
import { auditProblemLabels, type AuditVerification } from '../../../shared/audit/auditReport';
import { AppError } from '../../../shared/errors';
import type { CliCommand } from '../command';

/** A broken audit chain as the one-line failure of a check. */
function brokenChain(problem: NonNullable<AuditVerification['firstProblem']>): AppError {
  const label = auditProblemLabels[problem.kind];
  return new AppError('CHECK_FAILED', {
    reason: { vi: `mục ${problem.sequence}: ${label.vi}`, en: `entry ${problem.sequence}: ${label.en}` },
  });
}

export const vaultInitCommand: CliCommand = {
  words: ['vault', 'init'],
  usage: {
    vi: 'vault init [--name TÊN] [--admin ĐĂNG_NHẬP] [--full-name HỌ_TÊN]   tạo kho dữ liệu và người quản trị đầu tiên',
    en: 'vault init [--name NAME] [--admin LOGIN] [--full-name FULL_NAME]   create the vault and its first administrator',
  },
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: { name: { type: 'string' }, admin: { type: 'string' }, 'full-name': { type: 'string' } },
      strict: true,
    });
    const { prompter, say } = context;
    const vaultName = values.name ?? (await prompter.ask(say({ vi: 'Tên kho dữ liệu: ', en: 'Vault name: ' })));
    const login =
      values.admin ??
      (await prompter.ask(say({ vi: 'Tên đăng nhập của người quản trị: ', en: 'Administrator login: ' })));
    const fullName =
      values['full-name'] ??
      (await prompter.ask(say({ vi: 'Họ và tên người quản trị: ', en: 'Administrator full name: ' })));
    const password = await context.newPassword(login);
    const created = await context.call('vault.create', { vaultName, admin: { login, fullName, password } });
    context.stderr.write(
      say({
        vi: 'Đã tạo kho dữ liệu. KHÓA KHÔI PHỤC dưới đây chỉ hiện một lần: chép ra giấy, cho vào phong bì niêm phong, cất vào két.\n',
        en: 'Vault created. The RECOVERY KEY below is shown only once: copy it on paper, seal it in an envelope, keep it in the safe.\n',
      }),
    );
    context.stdout.write(`${created.recoveryKey}\n`);
  },
};

export const vaultCheckCommand: CliCommand = {
  words: ['vault', 'check'],
  usage: {
    vi: 'vault check                         mở kho, kiểm tra toàn vẹn (integrity_check) và chuỗi nhật ký',
    en: 'vault check                         unlock, run integrity_check and verify the audit chain',
  },
  async run(args, context) {
    parseArgs({ args: [...args], options: {}, strict: true });
    await context.signIn();
    const { integrity, audit } = await context.call('vault.check', {});
    const { say } = context;
    const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
    context.stdout.write(`integrity_check: ${integrity.join('; ')}\n`);
    context.stdout.write(
      say({
        vi: `Nhật ký kiểm toán: ${audit.entriesChecked} mục, mốc trong tệp khóa: ${audit.anchorSequence}, ${audit.ok ? 'nguyên vẹn' : 'BỊ PHÁ VỠ'}\n`,
        en: `Audit log: ${audit.entriesChecked} entries, anchor in the key file: ${audit.anchorSequence}, ${audit.ok ? 'intact' : 'BROKEN'}\n`,
      }),
    );
    if (!integrityOk) throw new AppError('CHECK_FAILED', { reason: `integrity_check: ${integrity.join('; ')}` });
    if (audit.firstProblem) throw brokenChain(audit.firstProblem);
  },
};

export const auditVerifyCommand: CliCommand = {
  words: ['audit', 'verify'],
  usage: {
    vi: 'audit verify                        tính lại chuỗi băm của nhật ký, báo mắt xích hỏng đầu tiên',
    en: 'audit verify                        recompute the audit hash chain, report the first broken link',
  },
  async run(args, context) {
    parseArgs({ args: [...args], options: {}, strict: true });
    await context.signIn();
    const audit = await context.call('audit.verify', {});
    const { say } = context;
    if (audit.firstProblem) throw brokenChain(audit.firstProblem);
    context.stdout.write(
      say({
        vi: `Nhật ký nguyên vẹn: ${audit.entriesChecked} mục, khớp mốc ${audit.anchorSequence} trong tệp khóa.\n`,
        en: `Audit log intact: ${audit.entriesChecked} entries, matching anchor ${audit.anchorSequence} in the key file.\n`,
      }),
    );
  },
};
