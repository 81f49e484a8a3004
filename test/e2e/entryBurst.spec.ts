import { expect, test } from './fixtures/browserShell';
import { openEntryScreen } from './fixtures/entryScreen';
import { ok, schoolBatch, signInAs } from './fixtures/schoolContest';
import { burst, watch } from './helpers';

/**
 * No ballot duplicated or lost at full speed, however slow a save: keys pressed while a ballot
 * is still being saved belong to the next ballot. Whole runs of ballots are queued at once (a
 * keyboard buffer on a busy machine) while every save takes its time, an undo is asked while a
 * save is in flight, and one save's answer never comes back although the ballot was stored.
 */
type Ballot = { valid: true; marks: string } | { valid: false; invalidReason: 'blank' };
const valid = (marks: string): Ballot => ({ valid: true, marks });
const [a, b, c, d, e, f] = [
  '1234123412341231',
  '2222222222222222',
  '3333222211110003',
  '4433221144332211',
  '1111111111111111',
  '1212121212121212',
];

/** What each ballot is once stored, as counting.saveBallot takes it. */
function entryOf(ballot: Ballot) {
  if (!ballot.valid) return { valid: false, invalidReason: ballot.invalidReason, invalidText: '' };
  const marks = [...ballot.marks].map(Number);
  return { valid: true, answers: marks.slice(0, 15), notes: {}, other: '', prestige: marks[15] };
}

test('ballots queued at once while each save is slow are stored once each, in the order typed', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  const opened = await schoolBatch(shell);
  const { campaign, batch } = opened;
  const stored = async () => (await ok<{ keyed: number }>(shell, 'counting.startKeying', { batchId: batch.id })).keyed;

  // Every save waits 150 ms before it reaches the core, longer while held; one answer can be lost on the way back.
  let held: Promise<void> = Promise.resolve();
  let loseAnswer = false;
  await page.route('**/api/counting.saveBallot', async (route) => {
    await Promise.all([held, new Promise((resolve) => setTimeout(resolve, 150))]);
    if (!loseAnswer) return route.continue();
    loseAnswer = false;
    await route.fetch();
    await route.abort('connectionreset');
  });

  const { status, sheet, cdp } = await openEntryScreen(page, shell, opened);

  // Four ballots at once: a double Enter after the first, a mark taken back with Backspace in the
  // second, an invalid ballot (X, reason 2 "blank", Enter), then a fourth.
  await burst(cdp, `${a}\n\n${b.slice(0, 6)}4\b${b.slice(6)}\nx2\n${c}\n`);
  const typed: Ballot[] = [valid(a), valid(b), { valid: false, invalidReason: 'blank' }, valid(c)];
  await expect.poll(stored, { message: 'ballots stored of the 4 typed' }).toBe(4);
  await expect(status).toContainText('Phiếu thứ 5 của lô 1 (lần nhập 1) · Đã nhập 4');

  // The fifth ballot, taken back while its save is still held: the undo waits for it, and takes back that one.
  let release = () => {};
  held = new Promise((resolve) => (release = resolve));
  await burst(cdp, `${d}\n`);
  await page.getByRole('button', { name: 'Hoàn tác phiếu vừa lưu' }).click();
  await page.getByRole('button', { name: 'Lấy lại phiếu', exact: true }).click();
  release();
  await expect(status).toContainText('Phiếu thứ 5 của lô 1');
  await expect.poll(stored, { message: 'ballots stored after taking back the fifth' }).toBe(4);

  // Keyed again with two more at once; the first is stored but its answer is lost on the way back:
  // the keyer is told, the two behind it wait, and saving again does not store it twice.
  await sheet.focus();
  loseAnswer = true;
  await burst(cdp, `${d}\n${e}\n${f}\n`);
  typed.push(valid(d), valid(e), valid(f));
  const unsaved = page.getByRole('group', { name: /^3 phiếu đã nhập chưa lưu được/ });
  await expect(unsaved).toBeVisible();
  await unsaved.getByRole('button', { name: 'Lưu lại' }).click();
  await expect(unsaved).toHaveCount(0);
  await expect(status).toContainText('Phiếu thứ 8 của lô 1');
  await expect.poll(stored, { message: `ballots stored of the ${typed.length} typed` }).toBe(typed.length);

  // Keyer 2 keys the same ballots through the API: no difference, so each ballot is where it was typed.
  const { keyingId } = await ok<{ keyingId: string }>(shell, 'counting.startKeying', { batchId: batch.id });
  await ok(shell, 'counting.finishKeying', { keyingId });
  await signInAs(shell, 'kiemphieu2');
  const second = await ok<{ keyingId: string }>(shell, 'counting.startKeying', { batchId: batch.id });
  for (const ballot of typed)
    await ok(shell, 'counting.saveBallot', {
      keyingId: second.keyingId,
      ballot: entryOf(ballot),
      keystrokes: 17,
      activeMs: 4000,
    });
  await ok(shell, 'counting.finishKeying', { keyingId: second.keyingId });
  await signInAs(shell, 'truongban');
  const { differences } = await ok<{ differences: Array<{ position: number; field: string; keyed: unknown[] }> }>(
    shell,
    'counting.differences',
    { batchId: batch.id },
  );
  expect(differences.map(({ position, field, keyed }) => `${position} ${field}: ${JSON.stringify(keyed)}`)).toEqual([]);
  // Each key counted once, for the ballot it was typed on: the second Enter and the Backspace count
  // for the second ballot (20), X 2 Enter for the invalid one (3), 17 for each other; the one taken back is gone.
  const stats = await ok<Array<{ userLogin: string; ballots: number; keystrokes: number }>>(
    shell,
    'counting.operatorStats',
    { campaignId: campaign.id },
  );
  expect(stats.find((row) => row.userLogin === 'kiemphieu1')).toMatchObject({
    ballots: 7,
    keystrokes: 17 * 5 + 20 + 3,
  });
  expect(seen.problems.filter((problem) => !problem.includes('net::ERR_CONNECTION_RESET'))).toEqual([]);
});
