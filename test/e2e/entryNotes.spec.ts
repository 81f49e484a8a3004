import { expect, test } from './fixtures/browserShell';
import { openEntryScreen } from './fixtures/entryScreen';
import { keyBallots, ok, schoolBatch, signInAs } from './fixtures/schoolContest';
import { burst, watch } from './helpers';

/**
 * Issue 22 #5: every keystroke typed right after G (a row's note) or K (other comments) lands in
 * the field, however fast. Each ballot is typed as one stream of keys — marks, G, the note, Enter,
 * the rest, K, the comment, Enter, Enter — never waiting for the field to take the focus.
 */
const ballots = [
  { marks: '1234123412341231', row: 1, note: 'GHI chú dòng một', other: 'Không có ý kiến' },
  { marks: '2222222222222222', row: 3, note: 'Thầy dạy rất tận tâm', other: 'Đề nghị thêm sân chơi' },
  { marks: '1111111111111111', row: 15, note: 'Ý kiến: cô hay đến muộn', other: 'Ưu tiên học sinh yếu' },
  { marks: '4433221144332211', row: 7, note: 'Đề nghị nhà trường quan tâm', other: 'GHI NHẬN ý kiến phụ huynh' },
  { marks: '3333222211110003', row: 2, note: 'Ổn định, đúng giờ', other: 'Kiến nghị sửa mái tôn' },
  { marks: '1212121212121212', row: 9, note: 'Cần cải thiện giao tiếp', other: 'Ý thức giữ gìn vệ sinh' },
];
/**
 * How each ballot's G and K and their texts are typed: queued at once with the whole ballot (a
 * keyboard buffer on a busy machine), or one key after another with no delay, or 20 ms apart.
 */
const speeds = ['burst', 'burst', 0, 0, 20, 20] as const;

/** The keys of a ballot in the order the paper reads ("\n" is Enter): marks, a text, marks, a text, the save. */
function keysOf(ballot: (typeof ballots)[number]): string[] {
  return [
    ballot.marks.slice(0, ballot.row),
    `g${ballot.note}\n`,
    ballot.marks.slice(ballot.row),
    `k${ballot.other}\n`,
    '\n',
  ];
}

test('notes and other comments typed at full speed right after G and K are stored character for character', async ({
  page,
  shell,
}) => {
  const seen = watch(page);
  const opened = await schoolBatch(shell);
  const { campaign, batch } = opened;
  const { status, sheet, cdp } = await openEntryScreen(page, shell, opened);

  for (const [index, ballot] of ballots.entries()) {
    await expect(status).toContainText(`Phiếu thứ ${index + 1} của lô 1`);
    const speed = speeds[index]!;
    if (speed === 'burst') await burst(cdp, keysOf(ballot).join(''));
    else
      for (const [part, keys] of keysOf(ballot).entries())
        await (part % 2 === 0 ? burst(cdp, keys) : page.keyboard.type(keys, { delay: speed }));
  }
  await expect(status).toContainText(`Phiếu thứ ${ballots.length + 1} của lô 1`);

  // An input method (Telex, VNI) composes a letter in the field; the Enter that commits it does not close the
  // note, Escape still does and drops it. (Soft, so that a failure here still lets the stored texts be compared.)
  await page.keyboard.type('1g');
  const field = page.locator('#entry-text');
  await expect.soft(field).toBeFocused();
  await page.keyboard.type('Th');
  await cdp.send('Input.imeSetComposition', { text: 'â', selectionStart: 1, selectionEnd: 1 });
  await field.dispatchEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true });
  await cdp.send('Input.insertText', { text: 'ầ' });
  await page.keyboard.type('y');
  await expect.soft(field).toBeFocused();
  await expect.soft(field).toHaveValue('Thầy');
  await page.keyboard.press('Escape');
  await expect.soft(sheet).toBeFocused();
  await expect.soft(page.locator('.entry-note')).toHaveCount(0);

  // The keyer finishes; a second keying of the same marks without any text puts every stored text among the differences.
  const { keyingId } = await ok<{ keyingId: string }>(shell, 'counting.startKeying', { batchId: batch.id });
  await ok(shell, 'counting.finishKeying', { keyingId });
  await keyBallots(
    shell,
    'kiemphieu2',
    batch.id,
    ballots.map((ballot) => ballot.marks),
  );
  await signInAs(shell, 'truongban');
  const { differences } = await ok<{ differences: Array<{ position: number; field: string; keyed: unknown[] }> }>(
    shell,
    'counting.differences',
    { batchId: batch.id },
  );
  const typed = ballots.flatMap((ballot, index) => [
    { position: index + 1, field: `note:${ballot.row}`, text: ballot.note },
    { position: index + 1, field: 'other', text: ballot.other },
  ]);
  const stored = typed.map(({ position, field }) => ({
    position,
    field,
    text: differences.find((difference) => difference.position === position && difference.field === field)?.keyed[0],
  }));
  const lost = typed.filter((want, index) => stored[index]!.text !== want.text).length;
  expect(stored, `${lost} of ${typed.length} texts differ from what was typed`).toEqual(typed);
  // And no key of a text was taken for a mark on the sheet: the texts are the only differences.
  expect(differences).toHaveLength(typed.length);

  // Every character counted once: 15 marks, the prestige, G, K, two Enters closing the texts, the save, and each character.
  const stats = await ok<Array<{ userLogin: string; ballots: number; keystrokes: number }>>(
    shell,
    'counting.operatorStats',
    { campaignId: campaign.id },
  );
  const keystrokes = ballots.reduce((sum, ballot) => sum + 21 + [...ballot.note].length + [...ballot.other].length, 0);
  expect(stats.find((row) => row.userLogin === 'kiemphieu1')).toMatchObject({ ballots: ballots.length, keystrokes });

  expect(seen.problems).toEqual([]);
});
