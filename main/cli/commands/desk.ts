import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { message } from '../../../shared/i18n/messages';
import { optionText, UsageError } from '../commandLine';
import type { CliCommand } from '../command';
import { progressLine } from '../progressLine';

async function readKit(file: string): Promise<string> {
  try {
    return (await readFile(file)).toString('base64');
  } catch {
    throw new UsageError(message('cli.api.cannotReadInput', { file }));
  }
}

/**
 * The main desk's head makes a kit for another desk: the contests of the units of one type (or
 * every contest not yet given), the desk's fingerprint as read from its screen, and the head's
 * signing passphrase asked after the password. The kit is written into --out (a folder).
 */
export const deskKitCommand: CliCommand = {
  words: ['desk', 'kit'],
  usage: message('cli.desk.kitUsage'),
  options: {
    campaign: { type: 'string' },
    name: { type: 'string' },
    fingerprint: { type: 'string' },
    'unit-type': { type: 'string' },
    out: { type: 'string' },
    'second-entry': { type: 'boolean' },
  },
  vault: 'present',
  signsIn: true,
  calls: ['desks.makeKit', 'counting.desk', 'desks.list'],
  check(values) {
    if (
      !optionText(values.campaign) ||
      !optionText(values.name) ||
      !optionText(values.fingerprint) ||
      !optionText(values.out)
    )
      throw new UsageError(message('cli.desk.kitNeeds'));
  },
  async run(values, context) {
    const campaignId = optionText(values.campaign)!;
    const unitType = optionText(values['unit-type']);
    const given = new Set((await context.call('desks.list', { campaignId })).flatMap((desk) => desk.contestIds));
    const contestIds = (await context.call('counting.desk', { campaignId }))
      .filter((unit) => !unitType || unit.unitType === unitType)
      .flatMap((unit) => unit.contests)
      .filter((contest) => !contest.closed && !contest.sealed && !given.has(contest.contestId))
      .map((contest) => contest.contestId);
    if (contestIds.length === 0) throw new UsageError(message('cli.desk.noContests'));
    const passphrase = await context.prompter.askSecret(context.say(message('cli.desk.passphrase')));
    const kit = await context.call('desks.makeKit', {
      campaignId,
      deskName: optionText(values.name)!,
      deskFingerprint: optionText(values.fingerprint)!,
      contestIds,
      passphrase,
      secondEntryAtMain: values['second-entry'] === true,
    });
    const path = join(resolve(optionText(values.out)!), kit.fileName);
    await writeFile(path, Buffer.from(kit.contentBase64, 'base64'));
    context.stdout.write(`${context.say(message('cli.desk.kitWritten', { path, contests: contestIds.length }))}\n`);
  },
};

/** At a desk, the administrator opens a kit against the main head's fingerprint, as typed from their screen or paper. */
export const deskOpenCommand: CliCommand = {
  words: ['desk', 'open'],
  usage: message('cli.desk.openUsage'),
  options: { file: { type: 'string' }, fingerprint: { type: 'string' } },
  vault: 'present',
  signsIn: true,
  calls: ['desks.openKit'],
  check(values) {
    if (!optionText(values.file) || !optionText(values.fingerprint))
      throw new UsageError(message('cli.desk.openNeeds'));
  },
  async run(values, context) {
    const opened = await context.call('desks.openKit', {
      contentBase64: await readKit(optionText(values.file)!),
      mainFingerprint: optionText(values.fingerprint)!,
    });
    context.stdout.write(`${context.say(message('cli.desk.opened', opened))}\n`);
  },
};

/** At a desk, the head exports the desk package into --out, signed after the signing passphrase is asked. */
export const deskExportCommand: CliCommand = {
  words: ['desk', 'export'],
  usage: message('cli.desk.exportUsage'),
  options: { campaign: { type: 'string' }, out: { type: 'string' } },
  vault: 'present',
  signsIn: true,
  calls: ['desks.exportPackage'],
  check(values) {
    if (!optionText(values.campaign) || !optionText(values.out)) throw new UsageError(message('cli.desk.exportNeeds'));
  },
  async run(values, context) {
    const passphrase = await context.prompter.askSecret(context.say(message('cli.desk.passphrase')));
    const made = await context.call('desks.exportPackage', { campaignId: optionText(values.campaign)!, passphrase });
    const path = join(resolve(optionText(values.out)!), made.fileName);
    await writeFile(path, Buffer.from(made.contentBase64, 'base64'));
    context.stdout.write(
      `${context.say(message('cli.desk.exported', { path, batches: made.batches, ballots: made.ballots }))}\n`,
    );
  },
};

/** At the main desk, the head merges a desk package; merging it again says so and adds nothing. */
export const deskImportCommand: CliCommand = {
  words: ['desk', 'import'],
  usage: message('cli.desk.importUsage'),
  options: { file: { type: 'string' } },
  vault: 'present',
  signsIn: true,
  calls: ['desks.mergePackage'],
  check(values) {
    if (!optionText(values.file)) throw new UsageError(message('cli.desk.importNeeds'));
  },
  async run(values, context) {
    const line = progressLine(context.stderr, context.language, process.stderr.isTTY === true);
    const merged = await context.callFollowing(
      'desks.mergePackage',
      { contentBase64: await readKit(optionText(values.file)!) },
      line.report,
    );
    line.finish();
    context.stdout.write(`${context.say(message('cli.desk.merged', merged))}\n`);
    if (merged.awaitingSecondEntry > 0)
      context.stdout.write(`${context.say(message('cli.desk.awaitingSecondEntry', merged))}\n`);
  },
};
