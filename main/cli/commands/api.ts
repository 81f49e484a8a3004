import { readFile } from 'node:fs/promises';
import { callNames, contract, isCallName, type CallName } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/i18n/messages';
import { roleLabels } from '../../../shared/roles';
import { UsageError } from '../commandLine';
import type { CliContext } from '../cliContext';
import type { CliCommand } from '../command';

function whoMay(name: CallName, context: CliContext): string {
  const { access } = contract[name];
  return access === 'public'
    ? context.say(message('cli.api.everyone'))
    : access.map((role) => roleLabels[role][context.language]).join(', ');
}

function list(context: CliContext, json: boolean): void {
  const rows = callNames.map((name) => ({
    name,
    summary: contract[name].summary,
    access: contract[name].access,
    errors: contract[name].errors,
    ...(contract[name].shells ? { shells: contract[name].shells } : {}),
  }));
  if (json) {
    context.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const width = Math.max(...callNames.map((name) => name.length));
  for (const row of rows)
    context.stdout.write(`${row.name.padEnd(width)}  ${row.summary} [${whoMay(row.name, context)}]\n`);
}

/** The call's input: a JSON file, or `-` for what stdin holds after the password line. */
async function inputOf(source: string | undefined, context: CliContext): Promise<unknown> {
  if (source === undefined) return {};
  let text: string;
  try {
    text = source === '-' ? await context.prompter.rest() : await readFile(source, 'utf8');
  } catch {
    throw new UsageError(message('cli.api.cannotReadInput', { file: source }));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(message('cli.api.inputNotJson', { file: source }));
  }
}

/**
 * Any call of the contract by name, through the same dispatcher and role checks as the windows:
 * the value as JSON on stdout (exit 0), or the error as one JSON object on stderr (exit 1).
 */
export const apiCommand: CliCommand = {
  words: ['api'],
  usage: message('cli.api.usage'),
  options: { input: { type: 'string' }, json: { type: 'boolean' }, list: { type: 'boolean' } },
  positionals: 1,
  errorsAsJson: true,
  signsIn: (values, userGiven) => userGiven && values.list !== true,
  calls: (_values, positionals) => (isCallName(positionals[0]) ? [positionals[0]] : []),
  check(values, positionals) {
    if (values.list) {
      if (positionals.length > 0) throw new UsageError(message('cli.parse.unexpected', { argument: positionals[0]! }));
      return;
    }
    const name = positionals[0];
    if (name === undefined) throw new UsageError(message('cli.api.needsCall'));
    if (!isCallName(name)) throw new UsageError(message('cli.api.unknownCall', { call: name }));
  },
  async run(values, context, positionals) {
    if (values.list) {
      list(context, values.json === true);
      return;
    }
    const name = positionals[0] as CallName;
    const input = await inputOf(typeof values.input === 'string' ? values.input : undefined, context);
    const result = await context.callRaw(name, input);
    if (!result.ok) throw AppError.fromPayload(result.error);
    context.stdout.write(`${JSON.stringify(result.value ?? null, null, values.json ? undefined : 2)}\n`);
  },
};
