import { describe, expect, it } from 'vitest';
import type { BallotEntry } from '../../../shared/counting/ballot';
import { keyBatch, openCampaign, recordCounts, schoolBallot } from '../../helpers/testCounting';
import type { TestClient } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';

/** Six school ballots as the first count keyed them: ballot 3 marks criterion 1 "Rất tốt" (1). */
const firstCount: BallotEntry[] = [
  schoolBallot('111111111111111'),
  schoolBallot('222222222222222'),
  schoolBallot('111111111111111'),
  schoolBallot('121212121212121'),
  schoolBallot('111111111111111', 2),
  schoolBallot('333333333333333'),
];
/** The paper, read again: ballot 3 marks criterion 1 "Yếu kém" (4). */
const recount = firstCount.map((ballot, index) => (index === 2 ? schoolBallot('411111111111111') : ballot));

/** The level counts of criterion 1 in a tally: [Rất tốt, Tốt, Trung bình, Yếu kém]. */
async function criterionOne(reader: TestClient, contestId: string) {
  const { tally } = await reader.ok('results.tally', { contestId });
  return tally.criteria[0]!.levels;
}

/** The school contest keyed twice in one batch of six, closed and sealed. */
async function sealedSchool(directory: string) {
  const opened = await openCampaign(directory);
  const { head, counter1, counter2, school } = opened;
  await recordCounts(head, school, { valid: 6 });
  const batch = await head.ok('counting.createBatch', { contestId: school.id, label: 'Hộp 1' });
  await keyBatch(counter1, batch.id, firstCount);
  await keyBatch(counter2, batch.id, firstCount);
  await head.ok('counting.close', { contestId: school.id });
  const seal = await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-01' });
  return { ...opened, batch, seal };
}

describe('a correction after sealing, through the API', () => {
  const temp = useTempDirectories();

  it('re-keys a batch by double entry and concludes with an amendment that references the seal', async () => {
    const { core, head, counter1, counter2, counter3, campaign, school, batch, seal } = await sealedSchool(temp());
    const contestId = school.id;
    expect(await criterionOne(head, contestId)).toEqual([4, 1, 1, 0]);
    // Sealed: counting is refused until a correction opens, and only the head opens one.
    expect(await head.code('counting.createBatch', { contestId, label: 'Hộp 1' })).toBe('CONTEST_SEALED');
    const opening = { contestId, kind: 'recount', reason: 'Tổ trưởng đề nghị kiểm lại hộp 1.' } as const;
    expect(await counter1.code('corrections.open', opening)).toBe('FORBIDDEN');
    expect(await head.code('corrections.open', { ...opening, reason: 'ngắn' })).toBe('INVALID_INPUT');
    const correction = await head.ok('corrections.open', opening);
    expect(correction).toMatchObject({ number: 1, outcome: null, sealed: { id: seal.id, digest: seal.digest } });
    expect(await head.code('corrections.open', opening)).toBe('CORRECTION_ALREADY_OPEN');

    const rekeyed = await head.ok('corrections.createBatch', {
      correctionId: correction.id,
      replacesBatchId: batch.id,
      label: 'Kiểm lại hộp 1',
    });
    expect(
      await head.code('corrections.createBatch', {
        correctionId: correction.id,
        replacesBatchId: batch.id,
        label: 'Lần nữa',
      }),
    ).toBe('BATCH_ALREADY_REPLACED');
    // The correction's batch is keyed blind by two people, like any batch, after the seal.
    await keyBatch(counter1, rekeyed.id, recount);
    const concluding = {
      correctionId: correction.id,
      outcome: 'newResults',
      findings: 'Phiếu số 3 của hộp 1 ghi "Yếu kém" ở tiêu chí 1, không phải "Rất tốt".',
    } as const;
    expect(await head.code('corrections.conclude', concluding)).toBe('CORRECTION_BATCHES_PENDING');
    await keyBatch(counter3, rekeyed.id, recount);
    // Verified, but nothing counts before the conclusion: the sealed tally stands.
    expect(await criterionOne(head, contestId)).toEqual([4, 1, 1, 0]);
    expect(await counter2.code('corrections.conclude', concluding)).toBe('FORBIDDEN');

    const concluded = await head.ok('corrections.conclude', concluding);
    expect(concluded.outcome).toBe('newResults');
    expect(concluded.amendment).toMatchObject({ sequence: 2, signed: false });
    expect(concluded.batches).toEqual([
      expect.objectContaining({
        number: 2,
        state: 'counted',
        ballots: 6,
        replaces: expect.objectContaining({ number: 1, ballots: 6 }),
      }),
    ]);
    const { records } = await head.ok('results.seals', { contestId });
    expect(records.map((record) => [record.sequence, record.previousDigest])).toEqual([
      [1, null],
      [2, seal.digest],
    ]);
    expect(records[1]!.reason).toContain('Điều chỉnh số 1');
    expect(records[1]!.reason).toContain('Yếu kém');
    expect(await criterionOne(head, contestId)).toEqual([3, 1, 1, 1]);
    // The sealed record of version 1 still holds the first tally.
    const first = JSON.parse((await head.ok('results.canonical', { sealId: seal.id })).json);
    expect(first.tally.criteria[0].levels).toEqual([4, 1, 1, 0]);

    // Concluded: nothing of it changes again, and the sealed contest is frozen as before.
    expect(
      await head.code('corrections.recordFindings', { correctionId: correction.id, findings: concluding.findings }),
    ).toBe('CORRECTION_CONCLUDED');
    expect(await counter1.code('counting.startKeying', { batchId: rekeyed.id })).toBe('CONTEST_SEALED');
    // Both versions stay visible: on the contest, and in the district's summary of the campaign.
    const { versions } = await head.ok('results.versions', { contestId });
    expect(versions.map((version) => [version.record.sequence, version.tally.criteria[0]!.levels])).toEqual([
      [1, [4, 1, 1, 0]],
      [2, [3, 1, 1, 1]],
    ]);
    const district = await head.ok('results.campaign', { campaignId: campaign.id });
    expect(district.contests.find((row) => row.contestId === contestId)).toMatchObject({
      sequence: 2,
      digest: concluded.amendment!.digest,
      earlier: [{ sequence: 1, digest: seal.digest, validBallots: 6 }],
    });

    // The correction minutes, pre-filled: both digests, the reason, the findings, the changed row.
    const minutes = await head.ok('print.preview', {
      document: { kind: 'correctionMinutes', correctionId: correction.id },
    });
    const text = minutes.html.replace(/<[^>]+>/g, ' ');
    expect(minutes.html).toContain('BIÊN BẢN ĐIỀU CHỈNH KẾT QUẢ KIỂM PHIẾU');
    for (const digest of [seal.digest, concluded.amendment!.digest]) expect(text.replace(/\s+/g, '')).toContain(digest);
    expect(text).toContain(opening.reason);
    expect(text).toContain('ở tiêu chí 1, không phải');
    expect(text).toContain('4 – 1 – 1 – 0');
    expect(text).toContain('3 – 1 – 1 – 1');
    expect(text).not.toContain('BẢN NHÁP');
    const listed = await head.ok('corrections.list', { contestId });
    expect(listed).toHaveLength(1);
    expect(listed[0]!.findings).toBe(concluding.findings);
    core.shutdown();
  });

  it('concluded without new results, its batches stay out of the count and no record is added', async () => {
    const { core, head, counter1, counter2, school, batch, seal } = await sealedSchool(temp());
    const contestId = school.id;
    const correction = await head.ok('corrections.open', {
      contestId,
      kind: 'misSorted',
      reason: 'Nghi hộp 1 lẫn phiếu của đơn vị khác.',
    });
    const rekeyed = await head.ok('corrections.createBatch', {
      correctionId: correction.id,
      replacesBatchId: batch.id,
      label: 'Kiểm lại hộp 1',
    });
    await keyBatch(counter1, rekeyed.id, recount);
    await keyBatch(counter2, rekeyed.id, recount);
    await head.ok('corrections.recordFindings', {
      correctionId: correction.id,
      findings: 'Đang kiểm tra lại từng phiếu.',
    });
    const concluded = await head.ok('corrections.conclude', {
      correctionId: correction.id,
      outcome: 'noChange',
      findings: 'Không có phiếu lẫn; giữ nguyên kết quả đã niêm phong.',
    });
    expect(concluded).toMatchObject({ outcome: 'noChange', amendment: null });
    expect(concluded.batches[0]!.state).toBe('setAside');
    expect((await head.ok('results.seals', { contestId })).records.map((record) => record.digest)).toEqual([
      seal.digest,
    ]);
    expect(await criterionOne(head, contestId)).toEqual([4, 1, 1, 0]);
    // The batch was not replaced: a later correction may key it again.
    const next = await head.ok('corrections.open', {
      contestId,
      kind: 'other',
      reason: 'Kiểm tra lần hai theo yêu cầu.',
    });
    expect(next.number).toBe(2);
    await head.ok('corrections.createBatch', { correctionId: next.id, replacesBatchId: batch.id, label: 'Lần hai' });
    core.shutdown();
  });

  it('a conclusion reconciliation refuses changes nothing; with the counting record corrected it seals', async () => {
    const { core, head, counter1, counter2, school, batch } = await sealedSchool(temp());
    const contestId = school.id;
    const correction = await head.ok('corrections.open', {
      contestId,
      kind: 'mistyped',
      reason: 'Hộp 1 có một phiếu của cuộc khác bị đếm nhầm.',
    });
    const five = recount.slice(0, 5);
    const rekeyed = await head.ok('corrections.createBatch', {
      correctionId: correction.id,
      replacesBatchId: batch.id,
      label: 'Hộp 1 bỏ phiếu lẫn',
    });
    await keyBatch(counter1, rekeyed.id, five);
    await keyBatch(counter2, rekeyed.id, five);
    const findings = 'Phiếu thứ sáu là phiếu của trường khác; hộp 1 có 5 phiếu.';
    // Six valid on the record, five ballots: reconciliation refuses, and the count is untouched.
    expect(
      await head.code('corrections.conclude', { correctionId: correction.id, outcome: 'newResults', findings }),
    ).toBe('SEAL_RECONCILIATION_FAILS');
    expect(await criterionOne(head, contestId)).toEqual([4, 1, 1, 0]);
    expect((await head.ok('corrections.list', { contestId }))[0]).toMatchObject({ outcome: null });

    const concluded = await head.ok('corrections.conclude', {
      correctionId: correction.id,
      outcome: 'newResults',
      findings,
      counts: {
        issued: 6,
        returned: 5,
        notReturned: 1,
        valid: 5,
        invalid: { notOfficial: 0, blank: 0, identifying: 0, other: 0 },
      },
    });
    expect(concluded.amendment?.sequence).toBe(2);
    const { tally } = await head.ok('results.tally', { contestId });
    expect(tally.ballots.valid).toBe(5);
    core.shutdown();
  });

  it('refuses a contest never sealed, a batch of another contest, and a pending correction batch as the one replaced', async () => {
    const { core, head, contests, school, batch } = await sealedSchool(temp());
    const other = contests.find((contest) => contest.id !== school.id)!;
    expect(
      await head.code('corrections.open', { contestId: other.id, kind: 'other', reason: 'Chưa niêm phong mà.' }),
    ).toBe('NOT_SEALED');
    const otherBatch = await head.ok('counting.createBatch', { contestId: other.id, label: 'Khác' });
    const correction = await head.ok('corrections.open', {
      contestId: school.id,
      kind: 'other',
      reason: 'Kiểm tra các lô phiếu.',
    });
    expect(
      await head.code('corrections.createBatch', {
        correctionId: correction.id,
        replacesBatchId: otherBatch.id,
        label: 'x',
      }),
    ).toBe('NOT_FOUND');
    // A stack that was missing from the count is added without replacing anything.
    const added = await head.ok('corrections.createBatch', {
      correctionId: correction.id,
      replacesBatchId: null,
      label: 'Hộp tìm thấy',
    });
    expect(added.number).toBe(2);
    // A correction's own batch, still pending, is not keyed again by another batch.
    expect(
      await head.code('corrections.createBatch', {
        correctionId: correction.id,
        replacesBatchId: added.id,
        label: 'y',
      }),
    ).toBe('BATCH_NOT_REKEYABLE');
    expect(batch.number).toBe(1);
    core.shutdown();
  });
});
