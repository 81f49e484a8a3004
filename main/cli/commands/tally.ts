import { message } from '../../../shared/i18n/messages';
import { parseArgs } from 'node:util';
import { UsageError } from '../cliContext';
import type { CliCommand } from '../command';

/** SPEC §5 Tally JSON: per contest the tally and, once sealed, the digest of its canonical result. */
export const tallyCommand: CliCommand = {
  words: ['tally'],
  usage: message('cli.tally.tallyJsonContestId'),
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: { json: { type: 'boolean' }, contest: { type: 'string' }, campaign: { type: 'string' } },
      strict: true,
    });
    if (!values.json || (values.contest === undefined) === (values.campaign === undefined))
      throw new UsageError(context.say(message('cli.tally.needsJsonAndExactly')));
    await context.signIn();
    const contestIds = values.contest
      ? [values.contest]
      : (await context.call('results.campaign', { campaignId: values.campaign! })).contests.map((row) => row.contestId);
    const contests = [];
    for (const contestId of contestIds) {
      const { tally, seal } = await context.call('results.tally', { contestId });
      contests.push({ ...tally, digest: seal?.digest ?? null, sealSequence: seal?.sequence ?? null });
    }
    context.stdout.write(`${JSON.stringify(values.contest ? contests[0] : { contests }, null, 2)}\n`);
  },
};
