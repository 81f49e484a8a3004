import { message } from '../../../shared/i18n/messages';
import { parseTypedAnchor, type TypedAnchor } from '../../../shared/audit/auditAnchor';
import { anchorSourceLabels, auditProblemLabels, type AuditVerification } from '../../../shared/audit/auditReport';
import { AppError } from '../../../shared/errors';
import type { CliCommand, OptionValues } from '../command';
import { UsageError } from '../commandLine';

/** A broken audit chain as the one-line failure of a check. */
function brokenChain(problem: NonNullable<AuditVerification['firstProblem']>): AppError {
  const label = auditProblemLabels[problem.kind];
  return new AppError('CHECK_FAILED', {
    reason: message('cli.vault.auditEntryProblem', { sequence: problem.sequence, problem: label }),
  });
}

export const vaultInitCommand: CliCommand = {
  words: ['vault', 'init'],
  usage: message('cli.vault.vaultInitNameName'),
  options: { name: { type: 'string' }, admin: { type: 'string' }, 'full-name': { type: 'string' } },
  vault: 'absent',
  async run(values, context) {
    const { prompter, say } = context;
    const given = (option: string) => (typeof values[option] === 'string' ? (values[option] as string) : undefined);
    const vaultName = given('name') ?? (await prompter.ask(say(message('cli.vault.vaultName'))));
    const login = given('admin') ?? (await prompter.ask(say(message('cli.vault.administratorLogin'))));
    const fullName = given('full-name') ?? (await prompter.ask(say(message('cli.vault.administratorFullName'))));
    const password = await context.newPassword(login);
    const created = await context.call('vault.create', { vaultName, admin: { login, fullName, password } });
    context.stderr.write(`${say(message('cli.vault.vaultCreatedTheRecovery'))}\n`);
    context.stdout.write(`${created.recoveryKey}\n`);
  },
};

export const vaultCheckCommand: CliCommand = {
  words: ['vault', 'check'],
  usage: message('cli.vault.vaultCheckUnlockRun'),
  options: {},
  vault: 'present',
  signsIn: true,
  calls: ['vault.check'],
  async run(_values, context) {
    const { integrity, audit } = await context.call('vault.check', {});
    const { say } = context;
    const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
    context.stdout.write(`integrity_check: ${integrity.join('; ')}\n`);
    const entries = { entries: audit.entriesChecked, anchor: audit.anchorSequence };
    context.stdout.write(`${say(message(audit.ok ? 'cli.vault.auditIntact' : 'cli.vault.auditBroken', entries))}\n`);
    if (!integrityOk) throw new AppError('CHECK_FAILED', { reason: `integrity_check: ${integrity.join('; ')}` });
    if (audit.firstProblem) throw brokenChain(audit.firstProblem);
  },
};

/** The --anchor values as typed ("1234:9f2c77ab…"); a UsageError names the first that does not read. */
function typedAnchors(values: OptionValues): TypedAnchor[] {
  const given = (values.anchor as string[] | undefined) ?? [];
  return given.map((text) => {
    const anchor = parseTypedAnchor(text);
    if (!anchor) throw new UsageError(message('cli.vault.anchorUnreadable', { text }));
    return anchor;
  });
}

export const auditVerifyCommand: CliCommand = {
  words: ['audit', 'verify'],
  usage: message('cli.vault.auditVerifyRecomputeThe'),
  options: { anchor: { type: 'string', multiple: true } },
  vault: 'present',
  signsIn: true,
  calls: ['audit.verify'],
  check(values) {
    typedAnchors(values);
  },
  async run(values, context) {
    const audit = await context.call('audit.verify', { anchors: typedAnchors(values) });
    const { say } = context;
    for (const anchor of audit.anchors)
      context.stdout.write(
        `${say(
          message(anchor.holds ? 'cli.vault.anchorHolds' : 'cli.vault.anchorLost', {
            source: anchorSourceLabels[anchor.source],
            label: anchor.label,
            sequence: anchor.sequence,
          }),
        )}\n`,
      );
    if (audit.firstProblem) throw brokenChain(audit.firstProblem);
    const entries = { entriesChecked: audit.entriesChecked, anchorSequence: audit.anchorSequence };
    context.stdout.write(`${say(message('cli.vault.auditLogIntactEntries', entries))}\n`);
  },
};
