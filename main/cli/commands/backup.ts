import { message } from '../../../shared/i18n/messages';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { identityFromText } from '../../../shared/backup/ageIdentity';
import type { CallInput, CallName, CallOutput } from '../../../shared/contract';
import type { BackupSummary } from '../../../shared/backup/backupSchemas';
import { AppError } from '../../../shared/errors';
import type { CliContext } from '../cliContext';
import { UsageError } from '../commandLine';
import type { CliCommand } from '../command';
import { progressLine } from '../progressLine';

const isTerminal = () => process.stderr.isTTY === true;

function printSummary(summary: BackupSummary, context: CliContext, heading: string): void {
  const { counts } = summary;
  const lines = [
    heading,
    `${context.say(message('cli.backup.file'))}: ${summary.fileName} (${summary.bytes} B)`,
    `${context.say(message('cli.thing.vault'))}: ${summary.vaultName}`,
    `${context.say(message('cli.backup.madeAt'))}: ${summary.createdAt} (${summary.appVersion})`,
    `${context.say(message('cli.backup.campaigns'))}: ${summary.campaigns.join('; ') || '—'}`,
    context.say(
      message('cli.backup.countsContestsBallotsSeals', {
        contests: counts.contests,
        ballots: counts.ballots,
        seals: counts.seals,
        auditEntries: counts.auditEntries,
      }),
    ),
    context.say(
      message('cli.backup.checkedMembersSignatures', {
        members: summary.members,
        signaturesVerified: summary.signaturesVerified,
      }),
    ),
  ];
  const anchor = summary.auditAnchor;
  if (anchor) {
    const key =
      summary.auditAnchorHolds === null
        ? 'cli.backup.auditAnchor'
        : summary.auditAnchorHolds
          ? 'cli.backup.auditAnchorHolds'
          : 'cli.backup.auditAnchorLost';
    lines.push(context.say(message(key, { anchor: `${anchor.sequence}:${anchor.hash}` })));
  }
  context.stdout.write(`${lines.join('\n')}\n`);
}

/** --identity-file: an age identity file (comments allowed), as age-keygen or the app writes it. */
async function backupKeyFrom(
  identityFile: string | undefined,
  context: CliContext,
): Promise<CallInput<'backup.verifyFile'>['key']> {
  if (identityFile === undefined)
    return { passphrase: await context.prompter.askSecret(context.say(message('cli.backup.passphrase'))) };
  let text: string;
  try {
    text = await readFile(identityFile, 'utf8');
  } catch {
    throw new AppError('INVALID_INPUT', {
      reason: message('cli.backup.cannotReadTheKey', { identityFile }),
    });
  }
  return { identity: identityFromText(text) };
}

const text = (value: string | boolean | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

export const backupExportCommand: CliCommand = {
  words: ['backup', 'export'],
  usage: message('cli.backup.backupExportToKeys'),
  options: {
    'to-keys': { type: 'boolean' },
    passphrase: { type: 'boolean' },
    'out-dir': { type: 'string' },
    compact: { type: 'boolean' },
  },
  vault: 'present',
  signsIn: true,
  calls: ['backup.export'],
  check(values) {
    if (Boolean(values['to-keys']) === Boolean(values.passphrase))
      throw new UsageError(message('cli.backup.needsExactlyOneOf'));
  },
  async run(values, context) {
    const outDir = text(values['out-dir']);
    const folder = {
      ...(outDir === undefined ? {} : { folder: resolve(outDir) }),
      ...(values.compact ? { compact: true } : {}),
    };
    let input: CallInput<'backup.export'>;
    if (values.passphrase) {
      const passphrase = await context.prompter.askSecret(context.say(message('cli.backup.backupPassphrase')));
      const again = await context.prompter.askSecret(context.say(message('cli.backup.passphraseAgain')));
      if (passphrase !== again) throw new AppError('PASSWORDS_DIFFER');
      input = { to: 'passphrase', passphrase, ...folder };
    } else input = { to: 'recipients', ...folder };
    const summary = await withProgress(context, 'backup.export', input);
    printSummary(summary, context, context.say(message('cli.backup.backedUp')));
  },
};

export const backupVerifyCommand: CliCommand = {
  words: ['backup', 'verify'],
  usage: message('cli.backup.backupVerifyFileFile'),
  options: { file: { type: 'string' }, 'identity-file': { type: 'string' } },
  check(values) {
    if (!text(values.file)) throw new UsageError(message('cli.backup.needsFile'));
  },
  async run(values, context) {
    const file = text(values.file)!;
    const key = await backupKeyFrom(text(values['identity-file']), context);
    const summary = await withProgress(context, 'backup.verifyFile', { path: resolve(file), key });
    printSummary({ ...summary, fileName: file }, context, context.say(message('cli.backup.theBackupIsIntact')));
  },
};

export const backupRestoreCommand: CliCommand = {
  words: ['backup', 'restore'],
  usage: message('cli.backup.backupRestoreFileFile'),
  options: {
    file: { type: 'string' },
    to: { type: 'string' },
    replace: { type: 'boolean' },
    'identity-file': { type: 'string' },
  },
  // Only restoring over the working vault needs it, and a keeper of the archive to sign in.
  signsIn: (values) => values.replace === true,
  calls: (values) => (values.replace ? ['backup.restoreOver'] : []),
  check(values) {
    if (!text(values.file) || (values.to === undefined) === !values.replace)
      throw new UsageError(message('cli.backup.needsFileAndExactly'));
  },
  async run(values, context) {
    const file = text(values.file)!;
    const path = resolve(file);
    const target = text(values.to);
    const key = await backupKeyFrom(text(values['identity-file']), context);
    if (target !== undefined) {
      const restored = await withProgress(context, 'backup.restoreFile', { path, key, target: resolve(target) });
      printSummary({ ...restored, fileName: file }, context, context.say(message('cli.backup.restored')));
      return;
    }
    const vaultName = await confirmVaultName(context);
    const restored = await withProgress(context, 'backup.restoreOver', { path, key, vaultName });
    printSummary({ ...restored, fileName: file }, context, context.say(message('cli.backup.restored')));
    if (restored.safetyBackup)
      context.stdout.write(`${context.say(message('cli.backup.backupOfTheReplaced'))}: ${restored.safetyBackup}\n`);
  },
};

/**
 * Restoring over the working vault: the keeper of the archive signs in and types the vault's
 * name; the core checks both, and backs the vault up before replacing it.
 */
async function confirmVaultName(context: CliContext): Promise<string> {
  const { vaultName } = await context.call('session.status', {});
  return context.prompter.ask(context.say(message('cli.backup.typeVaultName', { vaultName: vaultName ?? '' })));
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
