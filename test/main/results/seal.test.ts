import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSealHandlers } from '../../../main/results/sealHandlers';
import { canonicalJson } from '../../../shared/canonicalJson';
import { canonicalResultSchema } from '../../../shared/results/canonicalResult';
import { ballotLines, closedContest, openCampaign } from '../../helpers/testCounting';
import { useTempDirectories } from '../../helpers/tempDirectory';

const counts = {
  issued: 20,
  returned: 20,
  notReturned: 0,
  valid: 20,
  invalid: { notOfficial: 0, blank: 0, identifying: 0, other: 0 },
};
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('sealing a contest, through the API', () => {
  const temp = useTempDirectories();

  it('seals only a closed contest, once, with the digest of its canonical result', async () => {
    const { core, head, school } = await openCampaign(temp());
    expect(await head.code('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' })).toBe(
      'COUNTING_NOT_CLOSED',
    );
    core.shutdown();

    const closed = await closedContest(temp());
    const contestId = closed.school.id;
    expect(await closed.counter1.code('results.seal', { contestId, envelopeSeal: 'NP-0012' })).toBe('FORBIDDEN');
    expect(await closed.admin.code('results.seal', { contestId, envelopeSeal: 'NP-0012' })).toBe('FORBIDDEN');
    expect(await closed.head.code('results.seal', { contestId, envelopeSeal: '  ' })).toBe('INVALID_INPUT');

    const sealed = await closed.head.ok('results.seal', { contestId, envelopeSeal: 'NP-0012' });
    expect(sealed).toMatchObject({
      contestId,
      sequence: 1,
      reason: null,
      previousDigest: null,
      envelopeSeal: 'NP-0012',
      sealedBy: 'Người truongban',
      signed: false,
      signerName: null,
    });
    const { json, digest } = await closed.admin.ok('results.canonical', { sealId: sealed.id });
    expect(digest).toBe(sealed.digest);
    expect(sha256(json)).toBe(digest);
    // RFC 8785: parsing and canonicalising again gives the same bytes.
    expect(canonicalJson(JSON.parse(json))).toBe(json);
    const result = canonicalResultSchema.parse(JSON.parse(json));
    expect(result).toMatchObject({
      format: 'kiem-phieu/result@1',
      sequence: 1,
      previousDigest: null,
      reason: null,
      envelopeSeal: 'NP-0012',
      sealedAt: sealed.sealedAt,
      tally: { contestId, unitName: 'THCS Ngọc Lâm', ballots: { issued: 20, returned: 20, valid: 20, invalid: 0 } },
    });

    expect(await closed.head.code('results.seal', { contestId, envelopeSeal: 'NP-0013' })).toBe('ALREADY_SEALED');
    expect((await closed.head.ok('results.seals', { contestId })).records).toEqual([sealed]);
    const audit = await closed.admin.ok('audit.list', { event: 'result.sealed' });
    expect(audit.entries[0]?.details).toMatchObject({ contestId, digest, envelopeSeal: 'NP-0012' });
    closed.core.shutdown();
  });

  it('freezes the contest: ballot edits, imports, counts, conference, close and re-sealing are refused', async () => {
    const { core, head, counter1, counter2, school, contests, campaign } = await closedContest(temp());
    const batchId = (await head.ok('counting.desk', { campaignId: campaign.id }))
      .flatMap((unit) => unit.contests)
      .find((contest) => contest.contestId === school.id)!.batches[0]!.id;
    await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });

    const refusals = {
      keyingStart: await counter1.code('counting.startKeying', { batchId }),
      importLines: await head.code('counting.importBallots', {
        contestId: school.id,
        fileName: 'them.jsonl',
        text: ballotLines(school.id, ['1111111111111111']),
      }),
      countsSave: await head.code('counting.saveCounts', {
        contestId: school.id,
        counts: { ...counts, issued: 25, notReturned: 5 },
      }),
      batchCreate: await counter2.code('counting.createBatch', { contestId: school.id, label: 'lô thêm' }),
      acknowledge: await head.code('counting.acknowledgeWarning', {
        contestId: school.id,
        rule: 'W03',
        reason: 'Không có gì để xác nhận',
      }),
      close: await head.code('counting.close', { contestId: school.id }),
      conference: await head.code('counting.saveConference', {
        unitId: school.unitId,
        conference: {
          heldOn: '2023-05-18',
          place: 'Phòng khác',
          chair: 'Người khác',
          committee: [{ name: 'Trần Văn Bình', role: 'head' }],
          convened: 30,
          present: 20,
        },
      }),
      reseal: await head.code('results.seal', { contestId: school.id, envelopeSeal: 'NP-0099' }),
    };
    expect(refusals).toEqual({
      keyingStart: 'CONTEST_SEALED',
      importLines: 'CONTEST_SEALED',
      countsSave: 'CONTEST_SEALED',
      batchCreate: 'CONTEST_SEALED',
      acknowledge: 'CONTEST_SEALED',
      close: 'CONTEST_SEALED',
      conference: 'CONTEST_SEALED',
      reseal: 'ALREADY_SEALED',
    });
    const refused = await head.call('counting.saveCounts', { contestId: school.id, counts });
    expect(refused).toMatchObject({ ok: false, error: { message: { vi: expect.stringContaining('đã niêm phong') } } });

    // Nothing moved: the tally is the sealed one, and another unit's contest is still open to counting.
    const [record] = (await head.ok('results.seals', { contestId: school.id })).records;
    const sealedJson = (await head.ok('results.canonical', { sealId: record!.id })).json;
    expect(canonicalResultSchema.parse(JSON.parse(sealedJson)).tally.ballots.valid).toBe(20);
    const other = contests.find((contest) => contest.unitId !== school.unitId)!;
    expect(await head.code('counting.saveCounts', { contestId: other.id, counts })).toBe('ok');
    // The desk says so, for the sealed unit alone when asked for it.
    const [unit, ...more] = await head.ok('counting.desk', { campaignId: campaign.id, unitId: school.unitId });
    expect(more).toEqual([]);
    expect(unit!.contests.map((contest) => [contest.contestId, contest.sealed])).toEqual([[school.id, true]]);
    expect(
      (await head.ok('counting.desk', { campaignId: campaign.id })).find((row) => row.unitId === other.unitId)!
        .contests[0]!.sealed,
    ).toBe(false);
    expect(await head.code('counting.desk', { campaignId: campaign.id, unitId: campaign.id })).toBe('NOT_FOUND');
    core.shutdown();
  });

  it('amends only a sealed contest, with a reason, counts re-checked, chained to the previous digest', async () => {
    const { core, head, school } = await closedContest(temp());
    const amend = { contestId: school.id, reason: 'Số phiếu phát ra ghi nhầm trên biên bản' };
    expect(await head.code('results.amend', amend)).toBe('NOT_SEALED');
    const sealed = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-0012' });
    expect(await head.code('results.amend', { ...amend, reason: 'ngắn' })).toBe('INVALID_INPUT');

    // Issued ≠ returned + not returned: refused, and nothing is written.
    const failing = await head.call('results.amend', { ...amend, counts: { ...counts, issued: 22 } });
    expect(failing).toMatchObject({
      ok: false,
      error: { code: 'SEAL_RECONCILIATION_FAILS', message: { vi: expect.stringContaining('R01') } },
    });
    // Valid ballots no longer match the frozen ballots: refused too.
    expect(
      await head.code('results.amend', { ...amend, counts: { ...counts, returned: 19, notReturned: 1, valid: 19 } }),
    ).toBe('SEAL_RECONCILIATION_FAILS');
    expect((await head.ok('results.seals', { contestId: school.id })).records).toHaveLength(1);

    const amended = await head.ok('results.amend', { ...amend, counts: { ...counts, issued: 22, notReturned: 2 } });
    expect(amended).toMatchObject({
      sequence: 2,
      previousDigest: sealed.digest,
      reason: amend.reason,
      envelopeSeal: 'NP-0012',
      signed: false,
    });
    expect(amended.digest).not.toBe(sealed.digest);
    const result = canonicalResultSchema.parse(
      JSON.parse((await head.ok('results.canonical', { sealId: amended.id })).json),
    );
    expect(result).toMatchObject({ sequence: 2, previousDigest: sealed.digest, reason: amend.reason });
    expect(result.tally.ballots).toMatchObject({ issued: 22, returned: 20 });

    const third = await head.ok('results.amend', {
      contestId: school.id,
      reason: 'Phong bì được niêm phong lại sau khi kiểm tra',
      envelopeSeal: 'NP-0040',
    });
    expect(third).toMatchObject({ sequence: 3, previousDigest: amended.digest, envelopeSeal: 'NP-0040' });
    expect((await head.ok('results.seals', { contestId: school.id })).records.map((record) => record.sequence)).toEqual(
      [1, 2, 3],
    );
    // The amendment is the only way; the counting desk stays frozen.
    expect(await head.code('counting.saveCounts', { contestId: school.id, counts })).toBe('CONTEST_SEALED');
    core.shutdown();
  });

  it('runs the after-seal hook once the seal is committed; its failure never undoes the seal', async () => {
    const { core, head, school } = await closedContest(temp());
    const problems: unknown[] = [];
    const sealedIds: string[] = [];
    const service = createSealHandlers(core.vault.store, {
      airGap: core.airGap,
      afterSeal: (contestId) => {
        sealedIds.push(contestId);
        throw new Error('backup disk missing');
      },
      reportError: (error) => problems.push(error),
    });
    const record = await service['results.seal'](
      { contestId: school.id, envelopeSeal: 'NP-7' },
      { session: head.session },
    );
    expect(sealedIds).toEqual([school.id]);
    expect(problems).toHaveLength(1);
    expect((await head.ok('results.seals', { contestId: school.id })).records).toEqual([record]);
    core.shutdown();
  });
});
