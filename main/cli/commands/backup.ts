import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { identityFromText } from '../../../shared/backup/ageIdentity';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { BackupSummary } from '../../../shared/backup/backupSchemas';
import { AppError } from '../../../shared/errors';
import { UsageError, type CliContext } from '../cliContext';
import type { CliCommand } from '../command';
import { progressLine } from '../progressLine';

const isTerminal = () => process.stderr.isTTY === true;

function printSummary(summary: BackupSummary, context: CliContext, heading: string): void {
  const { counts } = summary;
  const lines = [
    heading,
    `${context.say({ vi: 'Tệp', en: 'File' })}: ${summary.fileName} (${summary.bytes} B)`,
    `${context.say({ vi: 'Kho dữ liệu', en: 'Vault' })}: ${summary.vaultName}`,
    `${context.say({ vi: 'Tạo lúc', en: 'Made at' })}: ${summary.createdAt} (${summary.appVersion})`,
    `${context.say({ vi: 'Đợt lấy ý kiến', en: 'Campaigns' })}: ${summary.campaigns.join('; ') || '—'}`,
    context.say({
      vi: `Số lượng: ${counts.contests} cuộc lấy ý kiến, ${counts.ballots} phiếu, ${counts.seals} lần niêm phong, ${counts.auditEntries} mục nhật ký`,
      en: `Counts: ${counts.contests} contests, ${counts.ballots} ballots, ${counts.seals} seals, ${counts.auditEntries} audit entries`,
    }),
    context.say({
      vi: `Đã kiểm tra: ${summary.members} thành phần, ${summary.signaturesVerified} chữ ký số`,
      en: `Checked: ${summary.members} members, ${summary.signaturesVerified} signatures`,
    }),
  ];
  context.stdout.write(`${lines.join('\n')}\n`);
}

/** --identity-file: an age identity file (comments allowed), as age-keygen or the app writes it. */
async function backupKeyFrom(
  identityFile: string | undefined,
  context: CliContext,
): Promise<CallInput<'backup.verifyFile'>['key']> {
  if (identityFile === undefined)
    return { passphrase: await context.prompter.askSecret(context.say({ vi: 'Cụm mật khẩu: ', en: 'Passphrase: ' })) };
  let text: string;
  try {
    text = await readFile(identityFile, 'utf8');
  } catch {
    throw new AppError('INVALID_INPUT', {
      reason: { vi: `không đọc được tệp khóa «${identityFile}»`, en: `cannot read the key file “${identityFile}”` },
    });
  }
  return { identity: identityFromText(text) };
}

export const backupExportCommand: CliCommand = {
  words: ['backup', 'export'],
  usage: {
    vi: 'backup export (--to-keys | --passphrase) [--out-dir THƯ_MỤC]    sao lưu mã hóa (lưu trữ, quản trị)',
    en: 'backup export (--to-keys | --passphrase) [--out-dir DIR]    an encrypted backup (archivist, admin)',
  },
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: { 'to-keys': { type: 'boolean' }, passphrase: { type: 'boolean' }, 'out-dir': { type: 'string' } },
      strict: true,
    });
    if (Boolean(values['to-keys']) === Boolean(values.passphrase))
      throw new UsageError(
        context.say({
          vi: 'cần đúng một trong --to-keys, --passphrase',
          en: 'needs exactly one of --to-keys, --passphrase',
        }),
      );
    await context.signIn();
    const folder = values['out-dir'] === undefined ? {} : { folder: resolve(values['out-dir']) };
    let input: CallInput<'backup.export'>;
    if (values.passphrase) {
      const passphrase = await context.prompter.askSecret(
        context.say({ vi: 'Cụm mật khẩu sao lưu: ', en: 'Backup passphrase: ' }),
      );
      const again = await context.prompter.askSecret(
        context.say({ vi: 'Nhập lại cụm mật khẩu: ', en: 'Passphrase again: ' }),
      );
      if (passphrase !== again) throw new AppError('PASSWORDS_DIFFER');
      input = { to: 'passphrase', passphrase, ...folder };
    } else input = { to: 'recipients', ...folder };
    const summary = await withProgress(context, 'backup.export', input);
    printSummary(summary, context, context.say({ vi: 'Đã sao lưu.', en: 'Backed up.' }));
  },
};

export const backupVerifyCommand: CliCommand = {
  words: ['backup', 'verify'],
  usage: {
    vi: 'backup verify --file TỆP.age [--identity-file KHÓA.txt]    kiểm tra bản sao lưu (không cần kho)',
    en: 'backup verify --file FILE.age [--identity-file KEY.txt]    check a backup (no vault needed)',
  },
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: { file: { type: 'string' }, 'identity-file': { type: 'string' } },
      strict: true,
    });
    if (!values.file) throw new UsageError(context.say({ vi: 'cần --file', en: 'needs --file' }));
    const key = await backupKeyFrom(values['identity-file'], context);
    const summary = await withProgress(context, 'backup.verifyFile', { path: resolve(values.file!), key });
    printSummary(
      { ...summary, fileName: values.file },
      context,
      context.say({ vi: 'Bản sao lưu nguyên vẹn.', en: 'The backup is intact.' }),
    );
  },
};

export const backupRestoreCommand: CliCommand = {
  words: ['backup', 'restore'],
  usage: {
    vi: 'backup restore --file TỆP.age (--to THƯ_MỤC_MỚI | --replace) [--identity-file KHÓA.txt]    khôi phục',
    en: 'backup restore --file FILE.age (--to NEW_DIR | --replace) [--identity-file KEY.txt]    restore',
  },
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: {
        file: { type: 'string' },
        to: { type: 'string' },
        replace: { type: 'boolean' },
        'identity-file': { type: 'string' },
      },
      strict: true,
    });
    if (!values.file || (values.to === undefined) === !values.replace)
      throw new UsageError(
        context.say({
          vi: 'cần --file và đúng một trong --to, --replace',
          en: 'needs --file and exactly one of --to, --replace',
        }),
      );
    const key = await backupKeyFrom(values['identity-file'], context);
    const path = resolve(values.file);
    if (values.to !== undefined) {
      const target = resolve(values.to);
      const restored = await withProgress(context, 'backup.restoreFile', { path, key, target });
      printSummary(
        { ...restored, fileName: values.file },
        context,
        context.say({ vi: 'Đã khôi phục.', en: 'Restored.' }),
      );
      return;
    }
    const vaultName = await confirmVaultName(context);
    const restored = await withProgress(context, 'backup.restoreOver', { path, key, vaultName });
    printSummary(
      { ...restored, fileName: values.file },
      context,
      context.say({ vi: 'Đã khôi phục.', en: 'Restored.' }),
    );
    if (restored.safetyBackup)
      context.stdout.write(
        `${context.say({ vi: 'Bản sao lưu kho cũ', en: 'Backup of the replaced vault' })}: ${restored.safetyBackup}\n`,
      );
  },
};

/**
 * Restoring over the working vault: the keeper of the archive signs in and types the vault's
 * name; the core checks both, and backs the vault up before replacing it.
 */
async function confirmVaultName(context: CliContext): Promise<string> {
  await context.signIn();
  const { vaultName } = await context.call('session.status', {});
  return context.prompter.ask(
    context.say({
      vi: `Kho «${vaultName ?? ''}» sẽ bị thay bằng bản sao lưu. Gõ đúng tên kho để đồng ý: `,
      en: `The vault “${vaultName ?? ''}” will be replaced by the backup. Type its name to agree: `,
    }),
  );
}

/** Makes a long call while its progress is drawn on stderr, step by step as the core reports it. */
async function withProgress<Name extends CallName>(
  context: CliContext,
  name: Name,
  input: CallInput<Name>,
): Promise<CallOutput<Name>> {
  const line = progressLine(context.stderr, context.language, isTerminal());
  const result = await context.callFollowing(name, input, line.report);
  line.finish();
  return result;
}
