import { message } from '../../../shared/i18n/messages';
import { UsageError } from '../commandLine';
import type { CliCommand } from '../command';

/** SPEC §5 Tally JSON: per contest the tally and, once sealed, the digest of its canonical result. */
export const tallyCommand: CliCommand = {
  words: ['tally'],
  usage: message('cli.tally.tallyJsonContestId'),
  options: { json: { type: 'boolean' }, contest: { type: 'string' }, campaign: { type: 'string' } },
  vault: 'present',
  signsIn: true,
  calls: (values) => (values.contest ? ['results.tally'] : ['results.campaign', 'results.tally']),
  check(values) {
    if (!values.json || (values.contest === undefined) === (values.campaign === undefined))
      throw new UsageError(message('cli.tally.needsJsonAndExactly'));
  },
  async run(values, context) {
    const contest = values.contest as string | undefined;
    const contestIds = contest
      ? [contest]
      : (await context.call('results.campaign', { campaignId: values.campaign as string })).contests.map(
          (row) => row.contestId,
        );
    const contests = [];
    for (const contestId of contestIds) {
      const { tally, seal } = await context.call('results.tally', { contestId });
      contests.push({ ...tally, digest: seal?.digest ?? null, sealSequence: seal?.sequence ?? null });
    }
    context.stdout.write(`${JSON.stringify(contest ? contests[0] : { contests }, null, 2)}\n`);
  },
};
