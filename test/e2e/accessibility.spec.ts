import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, testVault } from './fixtures/browserShell';
import { ok, closedSchoolContest, signInAs, templateVersions } from './fixtures/schoolContest';
import { ngocLamConference, twentyValidCounts } from '../fixtures/schoolContestData';
import { accessibilityProblems, watch } from './helpers';
import { appendixUpload, plan35 } from '../fixtures/plans/planData';

const rosterCsv = join(import.meta.dirname, '..', 'fixtures', 'ratings', 'roster-da-ton.csv');

/** Opens a place of the app and waits for its main heading, then audits it. */
async function audit(page: Page, origin: string, hash: string): Promise<string[]> {
  await page.goto(`${origin}/${hash}`);
  await expect(page.locator('main h1').first()).toBeVisible();
  // Let the screen's own loading finish: the audit is of what the user reads.
  await page.waitForLoadState('networkidle');
  return (await accessibilityProblems(page)).map((problem) => `${hash}: ${problem}`);
}

test('every screen passes an automated accessibility audit with no serious or critical violation', async ({
  page,
  shell,
}) => {
  test.setTimeout(240_000);
  const seen = watch(page);
  const problems: string[] = [];

  // Before any vault: the first-run wizard.
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết lập lần đầu' })).toBeVisible();
  problems.push(...(await accessibilityProblems(page)).map((problem) => `first run: ${problem}`));

  // A campaign being counted, with one contest closed and its ballots in.
  const { campaign, contest } = await closedSchoolContest(shell);
  const version = await templateVersions(shell);

  // The administrator's screens.
  await shell.call('session.signOut', {});
  await ok(shell, 'session.signIn', { login: testVault.admin.login, password: testVault.admin.password });
  // The ratings area with a roster in it, a round, a record and a decision.
  await ok(shell, 'ratings.importRoster', {
    file: { fileName: 'to-chuc.csv', contentBase64: readFileSync(rosterCsv).toString('base64') },
  });
  const ratingRound = await ok<{ id: string }>(shell, 'ratings.createRound', { year: 2025, name: 'Năm 2025' });
  const { entries } = await ok<{ entries: Array<{ subjectId: string; kind: string }> }>(shell, 'ratings.round', {
    roundId: ratingRound.id,
  });
  const [cell, member] = [entries.find((e) => e.kind === 'partyCell')!, entries.find((e) => e.kind === 'member')!];
  await ok(shell, 'ratings.addRecord', {
    subjectId: member.subjectId,
    kind: 'shortcoming',
    year: 2025,
    description: 'Chậm nộp báo cáo',
  });
  const decision = { roundId: ratingRound.id, decisionNumber: '15-QĐ/ĐU', decisionDate: '2025-12-20' };
  await ok(shell, 'ratings.decide', { ...decision, subjectId: cell.subjectId, level: 'good' });
  // A secret-ballot vote of a school's cell on its collective and members, counted by the head below.
  const { entries: named } = await ok<{
    entries: Array<{ subjectId: string; name: string; organisationId: string | null }>;
  }>(shell, 'ratings.round', { roundId: ratingRound.id });
  const votingCell = named.find((e) => e.name === 'Chi bộ Trường THCS Đa Tốn')!;
  const voted = named.filter((e) => e.organisationId === votingCell.subjectId);
  const vote = await ok<{ id: string; unitId: string; contestId: string }>(shell, 'ratings.prepareVote', {
    roundId: ratingRound.id,
    organisationId: votingCell.subjectId,
    subjectIds: voted.map((e) => e.subjectId),
    pollDate: '2025-12-15',
    convened: 5,
  });
  const roundPage = `#/ratings/rounds/${ratingRound.id}`;
  // The plans area with seed 004's appendix, one occurrence recorded with a note.
  const plan = await ok<{ id: string }>(shell, 'plans.create', { ...plan35, file: appendixUpload() });
  const { tasks: planTasks } = await ok<{ tasks: Array<{ id: string; number: string | null }> }>(shell, 'plans.get', {
    planId: plan.id,
  });
  const [monthlyTask, quarterlyTask] = ['4', '3'].map((number) => planTasks.find((task) => task.number === number)!);
  await ok(shell, 'plans.setStatus', {
    planId: plan.id,
    taskId: monthlyTask!.id,
    key: '2021-05',
    status: 'done',
    note: 'Đã ban hành hướng dẫn',
  });
  const planPage = `#/plans/list/${plan.id}`;
  await page.goto(shell.launchUrl);
  for (const hash of [
    '#/overview',
    '#/campaigns',
    `#/campaigns/${campaign.id}`,
    `#/campaigns/${campaign.id}/units`,
    `#/campaigns/${campaign.id}/draw`,
    `#/campaigns/${campaign.id}/contests`,
    '#/campaigns/templates',
    `#/campaigns/templates/${version('school-head-ethics')}`,
    '#/counting',
    `#/counting/${campaign.id}`,
    `#/counting/${campaign.id}/board`,
    '#/ratings',
    '#/ratings/rounds',
    roundPage,
    `${roundPage}/entries/${member.subjectId}`,
    `${roundPage}/votes`,
    `${roundPage}/prints`,
    '#/ratings/targets',
    '#/plans',
    planPage,
    `${planPage}/tasks/${monthlyTask!.id}`,
    '#/plans/overdue',
    '#/archive',
    '#/administration/users',
    '#/administration/audit',
    '#/administration/settings',
    '#/administration/account',
  ])
    problems.push(...(await audit(page, shell.origin, hash)));

  // The head's: the unit page, results and sealing.
  await signInAs(shell, 'truongban');
  await ok(shell, 'counting.saveConference', {
    unitId: vote.unitId,
    conference: { ...ngocLamConference, heldOn: '2025-12-15', convened: 5, present: 5 },
  });
  await ok(shell, 'counting.saveCounts', {
    contestId: vote.contestId,
    counts: { ...twentyValidCounts, issued: 5, returned: 5, valid: 5 },
  });
  // Five ballots, one mark a row (1–4 a level, 0 blank, * several): the collective and four members.
  const voteBallots = ['12222', '22222', '22232', '2*222', '22022'].map((marks) =>
    JSON.stringify({
      contest: vote.contestId,
      ballot: randomUUID(),
      valid: true,
      answers: [...marks].map((mark) => (mark === '*' ? mark : Number(mark))),
      notes: {},
      other: '',
      prestige: 0,
    }),
  );
  await ok(shell, 'counting.importBallots', {
    contestId: vote.contestId,
    fileName: 'bieu-quyet.jsonl',
    text: voteBallots.join('\n'),
  });
  await ok(shell, 'counting.close', { contestId: vote.contestId });
  await page.goto(shell.launchUrl);
  for (const hash of [
    '#/overview',
    `#/counting/${campaign.id}/unit/${contest.unitId}`,
    '#/results',
    `#/results/${campaign.id}`,
    `#/results/${campaign.id}/contest/${contest.id}`,
    `${roundPage}/entries/${cell.subjectId}`,
    `${roundPage}/votes/${vote.id}`,
    `${roundPage}/entries/${voted[1]!.subjectId}`,
    '#/ratings/targets/2025',
    `${planPage}/tasks/${quarterlyTask!.id}`,
  ])
    problems.push(...(await audit(page, shell.origin, hash)));

  // Signed out: the sign-in screen.
  await shell.call('session.signOut', {});
  await page.goto(shell.launchUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  problems.push(...(await accessibilityProblems(page)).map((problem) => `sign-in: ${problem}`));

  expect(problems).toEqual([]);
  expect(seen.problems).toEqual([]);
});
