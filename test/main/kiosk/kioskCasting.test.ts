import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { newCode } from '../../../shared/kiosk/oneTimeCodes';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { openCampaign, recordCounts } from '../../helpers/testCounting';

/** A valid ballot for a form: every row `mark`, prestige 1 when the form has that part. */
const ballotFor = (form: { criteria: readonly unknown[]; prestige?: unknown }, mark: number): BallotEntry => ({
  valid: true,
  answers: form.criteria.map(() => mark),
  notes: {},
  other: '',
  prestige: form.prestige ? 1 : 0,
});

describe('kiosk: one-time codes, one cast per code, ballots without order until the kiosk closes', () => {
  const temp = useTempDirectories();

  it('issues unguessable codes, casts once per code for every person of the conference, and closes into batches', async () => {
    const { core, head, counter1, contests } = await openCampaign(temp());
    const ward = contests.filter((contest) => contest.unitName === 'Bồ Đề');
    const unitId = ward[0]!.unitId;
    expect(ward).toHaveLength(2);
    const school = contests.find((contest) => contest.unitName === 'THCS Ngọc Lâm')!;

    // Only the head issues codes; twenty, shown once, in the slips' format.
    expect(await counter1.call('kiosk.issueCodes', { unitId, count: 20 })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    const { sheet, codes } = await head.ok('kiosk.issueCodes', { unitId, count: 20 });
    expect(sheet).toBe(1);
    expect(new Set(codes).size).toBe(20);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    const otherCodes = (await head.ok('kiosk.issueCodes', { unitId: school.unitId, count: 1 })).codes;

    // The slips print for live codes of this conference only: the vault cannot make slips for others.
    const slips = await head.ok('print.preview', {
      document: { kind: 'kioskSlips', unitId, codes: codes.slice(0, 10) },
    });
    expect(slips.html.match(/class="kiosk-slip"/g)).toHaveLength(10);
    expect(slips.html).toContain(codes[9]!);
    expect(slips.html).toContain('<svg class="qr"');
    expect(
      await head.call('print.preview', { document: { kind: 'kioskSlips', unitId, codes: [otherCodes[0]!] } }),
    ).toMatchObject({ error: { code: 'KIOSK_CODE_INVALID' } });

    // 10,000 guessed codes all fail, and say no more than a wrong code does.
    const refusals = new Set<string>();
    for (let guess = 0; guess < 10_000; guess += 1) {
      const answer = await counter1.call('kiosk.ballotPaper', { unitId, code: newCode((n) => randomBytes(n)) });
      expect(answer.ok).toBe(false);
      if (!answer.ok) refusals.add(answer.error.code);
    }
    expect([...refusals]).toEqual(['KIOSK_CODE_INVALID']);
    // Another conference's code is as wrong here.
    expect(await counter1.call('kiosk.ballotPaper', { unitId, code: otherCodes[0]! })).toMatchObject({
      error: { code: 'KIOSK_CODE_INVALID' },
    });

    // A code opens the unit's forms, one person after another; typed in lower case with spaces it still reads.
    const typed = codes[0]!.toLowerCase().replace('-', ' ');
    const paper = await counter1.ok('kiosk.ballotPaper', { unitId, code: typed });
    expect(paper.contests.map((contest) => contest.subjectName)).toEqual(['Nguyễn Văn Hùng', 'Vũ Xuân Trường']);
    const cast = (code: string, mark: number, overrides: Partial<Record<string, BallotEntry>> = {}) =>
      counter1.call('kiosk.cast', {
        unitId,
        code,
        ballots: paper.contests.map((contest) => ({
          contestId: contest.contestId,
          ballot: overrides[contest.contestId] ?? ballotFor(contest.form, mark),
        })),
      });

    // Every person needs a ballot; at a kiosk the only invalid ballot is a blank one.
    const [first, second] = paper.contests;
    expect(
      await counter1.call('kiosk.cast', {
        unitId,
        code: typed,
        ballots: [{ contestId: first!.contestId, ballot: ballotFor(first!.form, 1) }],
      }),
    ).toMatchObject({ error: { code: 'BALLOT_INVALID' } });
    const identifying: BallotEntry = { valid: false, invalidReason: 'identifying', invalidText: '' };
    expect(await cast(typed, 1, { [second!.contestId]: identifying })).toMatchObject({
      error: { code: 'BALLOT_INVALID' },
    });
    // Refused casts burned nothing.
    expect(await head.ok('kiosk.status', { unitId })).toMatchObject({ issued: 20, used: 0, closed: false });

    expect(await cast(typed, 1)).toMatchObject({ ok: true });
    // A burned code fails, as the form or as a cast.
    expect(await cast(codes[0]!, 2)).toMatchObject({ error: { code: 'KIOSK_CODE_INVALID' } });
    expect(await counter1.call('kiosk.ballotPaper', { unitId, code: codes[0]! })).toMatchObject({
      error: { code: 'KIOSK_CODE_INVALID' },
    });
    expect(await cast(codes[1]!, 2)).toMatchObject({ ok: true });
    expect(await cast(codes[2]!, 2)).toMatchObject({ ok: true });
    const blank: BallotEntry = { valid: false, invalidReason: 'blank', invalidText: '' };
    expect(await cast(codes[3]!, 3, { [second!.contestId]: blank })).toMatchObject({ ok: true });
    expect(await cast(codes[4]!, 4)).toMatchObject({ ok: true });
    expect(await head.ok('kiosk.status', { unitId })).toMatchObject({ issued: 20, used: 5 });

    // The audit says a voter cast, never with which code or what.
    const entries = (await head.call('audit.list', { limit: 50 })) as { ok: boolean };
    expect(JSON.stringify(entries)).not.toContain(codes[1]!);

    // While the kiosk is open its ballots are in no batch: counting cannot close over them.
    const open = await head.ok('counting.reconciliation', { contestId: first!.contestId });
    expect(open.find((line) => line.rule === 'R07')).toMatchObject({ ok: false });
    expect(open.find((line) => line.rule === 'R07')!.explanation.vi).toContain('mã phát ra 20, mã đã dùng 5');

    // Closing: one verified batch per person, five ballots each; no code casts any more.
    const closed = await head.ok('kiosk.close', { unitId });
    expect(closed).toMatchObject({ issued: 20, used: 5, closed: true });
    expect(await cast(codes[5]!, 1)).toMatchObject({ error: { code: 'KIOSK_CLOSED' } });
    expect(await head.call('kiosk.issueCodes', { unitId, count: 1 })).toMatchObject({
      error: { code: 'KIOSK_CLOSED' },
    });

    // Counted as the head's record says (5 issued and returned per person), the tally is the ballots cast.
    for (const contest of ward) {
      const secondPerson = contest.id === second!.contestId;
      await recordCounts(head, contest, { valid: secondPerson ? 4 : 5, blank: secondPerson ? 1 : 0 });
      const reconciliation = await head.ok('counting.reconciliation', { contestId: contest.id });
      expect(reconciliation.find((line) => line.rule === 'R07')).toMatchObject({ ok: true });
      expect(reconciliation.filter((line) => line.severity === 'error' && !line.ok).map((line) => line.rule)).toEqual(
        [],
      );
      if (secondPerson)
        await head.ok('counting.acknowledgeWarning', {
          contestId: contest.id,
          rule: 'W01',
          reason: 'Một phiếu điện tử để trống',
        });
      await head.ok('counting.close', { contestId: contest.id });
    }
    const { tally, sources } = await head.ok('results.tally', { contestId: first!.contestId });
    expect(tally.ballots).toMatchObject({ valid: 5, invalid: 0 });
    // Every ballot electronic, cast at the kiosk; the minutes say so.
    expect(sources).toMatchObject({
      paper: { valid: 0, invalid: 0 },
      electronic: { valid: 5, invalid: 0, parts: [{ kind: 'kiosk', tool: null, valid: 5, invalid: 0 }] },
    });
    const minutes = await head.ok('print.preview', { document: { kind: 'countingMinutes', unitId } });
    expect(minutes.html).toContain(
      'phiếu điện tử 5 phiếu (5 hợp lệ, 0 không hợp lệ), gồm 5 phiếu bỏ tại máy bỏ phiếu điện tử',
    );
    const [desk] = await head.ok('counting.desk', { campaignId: (await head.ok('campaigns.list', {}))[0]!.id, unitId });
    expect(JSON.stringify(desk)).toContain('"kind":"kiosk"');
    expect(tally.criteria[0]!.levels).toEqual([1, 2, 1, 1]);
    const secondTally = (await head.ok('results.tally', { contestId: second!.contestId })).tally;
    expect(secondTally.ballots).toMatchObject({ valid: 4, invalid: 1 });
    expect(secondTally.criteria[0]!.levels).toEqual([1, 2, 0, 1]);
    core.shutdown();
  }, 120_000);
});
