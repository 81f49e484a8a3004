import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommandLine as run } from '../../helpers/cliRun';
import { expectMatchesFormat } from '../../helpers/formats';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { keyBatch, openCampaign, schoolBallot } from '../../helpers/testCounting';

const marks = [1, 2, 2, 1, 1, 3, 1, 2, 1, 1, 4, 1, 2, 1, 1];
const jsonLines = (lines: readonly object[]) => lines.map((line) => JSON.stringify(line)).join('\n');

describe('importing ballot lines (SPEC §5)', () => {
  const temp = useTempDirectories();

  it('takes an invalid ballot written with the empty fields of a valid one, and an invalid one without a reason', async () => {
    const { core, head, school } = await openCampaign(temp());
    const lines = [
      { contest: school.id, ballot: randomUUID(), valid: true, answers: marks, notes: {}, other: '', prestige: 2 },
      { contest: school.id, ballot: randomUUID(), valid: false, answers: [], notes: {}, other: '', prestige: 0 },
      { contest: school.id, ballot: randomUUID(), valid: false, invalidReason: 'blank' },
    ];
    for (const line of lines) expectMatchesFormat('ballot-line', line);
    const imported = await head.ok('counting.importBallots', {
      contestId: school.id,
      fileName: 'a.jsonl',
      text: jsonLines(lines),
    });
    expect(imported.imported).toBe(3);
    core.shutdown();
  });

  it('refuses a valid ballot without its prestige, and an entirely blank one, naming the line', async () => {
    const { core, head, school } = await openCampaign(temp());
    const noPrestige = { contest: school.id, ballot: randomUUID(), valid: true, answers: marks, notes: {}, other: '' };
    const refused = await head.call('counting.importBallots', {
      contestId: school.id,
      fileName: 'b.jsonl',
      text: jsonLines([noPrestige]),
    });
    expect(!refused.ok && refused.error.code).toBe('LINES_INVALID');
    expect(!refused.ok && refused.error.message.vi).toContain('dòng 1');
    expect(!refused.ok && refused.error.message.vi).toContain('prestige');

    const blank = { ...noPrestige, answers: marks.map(() => 0), prestige: 0 };
    const blankRefused = await head.call('counting.importBallots', {
      contestId: school.id,
      fileName: 'c.jsonl',
      text: jsonLines([blank]),
    });
    expect(!blankRefused.ok && blankRefused.error.message.vi).toContain('phải ghi là phiếu không hợp lệ (để trống)');
    core.shutdown();
  });

  it('refuses an entirely blank valid ballot when keyed, too', async () => {
    const { core, head, counter1, school } = await openCampaign(temp());
    const batch = await head.ok('counting.createBatch', { contestId: school.id, label: 'Hòm 1' });
    const keying = await counter1.ok('counting.startKeying', { batchId: batch.id });
    const saved = await counter1.call('counting.saveBallot', {
      keyingId: keying.keyingId,
      ballot: schoolBallot('000000000000000', 0),
      keystrokes: 16,
      activeMs: 3000,
    });
    expect(!saved.ok && saved.error.code).toBe('BALLOT_INVALID');
    await keyBatch(counter1, batch.id, [schoolBallot('111111111111111', 1)]);
    core.shutdown();
  });

  it('keeps the ballot ids of a file, and never imports a file twice (the whole file is refused, lines named)', async () => {
    const { core, head, school } = await openCampaign(temp());
    const ids = [randomUUID(), randomUUID()];
    const text = jsonLines(
      ids.map((ballot) => ({
        contest: school.id,
        ballot,
        valid: true,
        answers: marks,
        notes: {},
        other: '',
        prestige: 1,
      })),
    );
    await head.ok('counting.importBallots', { contestId: school.id, fileName: 'd.jsonl', text });
    const stored = core.vault.store.read((db) =>
      db.prepare('SELECT id FROM ballots WHERE contest_id = ? ORDER BY id').pluck().all(school.id),
    );
    expect(stored).toEqual([...ids].sort());

    const again = await head.call('counting.importBallots', { contestId: school.id, fileName: 'd.jsonl', text });
    expect(!again.ok && again.error.code).toBe('BALLOTS_ALREADY_STORED');
    expect(!again.ok && again.error.message.vi).toContain('dòng 1, 2');
    const newOne = jsonLines([
      { contest: school.id, ballot: randomUUID(), valid: true, answers: marks, notes: {}, other: '', prestige: 1 },
      { contest: school.id, ballot: ids[1], valid: true, answers: marks, notes: {}, other: '', prestige: 1 },
    ]);
    const mixed = await head.call('counting.importBallots', {
      contestId: school.id,
      fileName: 'e.jsonl',
      text: newOne,
    });
    expect(!mixed.ok && mixed.error.message.vi).toContain('(dòng 2)');
    expect(core.vault.store.read((db) => db.prepare('SELECT count(*) FROM ballots').pluck().get())).toBe(2);
    core.shutdown();
  });

  it('ballots import on the command line: progress on stderr, the count on stdout', async () => {
    const dataDirectory = temp();
    const { core, admin, school } = await openCampaign(dataDirectory);
    await admin.ok('users.add', { login: 'tb2', fullName: 'Trưởng Ban Hai', role: 'head', password: 'mật khẩu tb2' });
    core.shutdown();
    const file = join(temp(), 'phieu.jsonl');
    writeFileSync(
      file,
      jsonLines(
        Array.from({ length: 3000 }, () => ({
          contest: school.id,
          ballot: randomUUID(),
          valid: true,
          answers: marks,
          notes: {},
          other: '',
          prestige: 1,
        })),
      ),
    );
    const result = await run(
      ['--data-dir', dataDirectory, '--user', 'tb2', 'ballots', 'import', '--contest', school.id, '--file', file],
      ['mật khẩu tb2'],
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe('Đã nhập 3000 phiếu vào lô 1.\n');
    expect(result.stderr).toContain('kiểm tra từng dòng 100 %');
    expect(result.stderr).toContain('ghi phiếu vào kho 100 %');
  });
});
