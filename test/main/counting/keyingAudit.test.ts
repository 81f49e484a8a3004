import { describe, expect, it } from 'vitest';
import { auditJudgementsOf, paperOrderBallotLines, verifiedBallotLines } from '../../../main/counting';
import type { BallotEntry, ValidBallot } from '../../../shared/counting/ballot';
import { compareKeyings } from '../../../shared/counting/compareKeyings';
import { auditSamplePositions, comparedFieldCount } from '../../../shared/counting/keyingAudit';
import { residualErrorRate } from '../../../shared/counting/residualErrorRate';
import { ballotLines, keyBatch, openCampaign, recordCounts, schoolBallot } from '../../helpers/testCounting';
import { signedInUser } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';

/** The paper: 20 valid school ballots, some with a note or other comments. */
const paper: ValidBallot[] = Array.from({ length: 20 }, (_, index) => ({
  ...(schoolBallot('123412341234123'.slice(index % 4) + '1234'.slice(0, index % 4), (index % 4) + 1) as ValidBallot),
  ...(index % 5 === 0 ? { notes: { '4': 'Chưa sâu sát cơ sở' } } : {}),
  ...(index % 7 === 0 ? { other: 'Cần gần gũi giáo viên hơn' } : {}),
}));

/**
 * Errors both keyers made alike, so double entry let them through: ten positions, one field each
 * (a mark, the prestige, a note lost, other comments added). Keyed: the paper with these applied.
 */
const planted: ReadonlyArray<{ position: number; field: string; keyed: (ballot: ValidBallot) => ValidBallot }> = [
  { position: 1, field: 'answer:5', keyed: (b) => ({ ...b, answers: b.answers.map((a, i) => (i === 4 ? 4 : a)) }) },
  { position: 3, field: 'prestige', keyed: (b) => ({ ...b, prestige: 0 }) },
  { position: 4, field: 'answer:1', keyed: (b) => ({ ...b, answers: b.answers.map((a, i) => (i === 0 ? '*' : a)) }) },
  { position: 6, field: 'note:4', keyed: (b) => ({ ...b, notes: {} }) },
  { position: 8, field: 'other', keyed: (b) => ({ ...b, other: 'Gương mẫu' }) },
  { position: 10, field: 'answer:15', keyed: (b) => ({ ...b, answers: b.answers.map((a, i) => (i === 14 ? 0 : a)) }) },
  { position: 12, field: 'prestige', keyed: (b) => ({ ...b, prestige: '*' }) },
  { position: 14, field: 'answer:9', keyed: (b) => ({ ...b, answers: b.answers.map((a, i) => (i === 8 ? 4 : a)) }) },
  { position: 17, field: 'note:2', keyed: (b) => ({ ...b, notes: { ...b.notes, '2': 'Nóng tính' } }) },
  { position: 19, field: 'answer:12', keyed: (b) => ({ ...b, answers: b.answers.map((a, i) => (i === 11 ? 4 : a)) }) },
];
const keyed: ValidBallot[] = paper.map(
  (ballot, index) => planted.find((error) => error.position === index + 1)?.keyed(ballot) ?? ballot,
);

/** Where compareKeyings lists a field within a ballot: the marks, the prestige, the other comments, the notes. */
const fieldOrder = (field: string) => {
  const [kind, row] = field.split(':');
  return ({ answer: 0, prestige: 100, other: 200, note: 300 }[kind!] ?? 0) + Number(row ?? 0);
};

/** What saving one sampled ballot sends: the ballot, 17 keys in 4 seconds. */
const auditBallot = (batchId: string, ballot: BallotEntry) => ({ batchId, ballot, keystrokes: 17, activeMs: 4000 });

const sorted = (lines: readonly unknown[]) =>
  lines.map((line) => JSON.stringify({ ...(line as object), ballot: undefined, contest: undefined })).sort();

describe('the keying-quality audit (issue 21, point 3)', () => {
  const temp = useTempDirectories();

  it(
    'finds exactly the errors double entry let through within a sample recomputable from its seed, corrects them, warns above the bound and prints the rate',
    { timeout: 120_000 },
    async () => {
      const { core, admin, campaign, head, counter1, counter2, counter3, school } = await openCampaign(
        temp(),
        2,
        {},
        {
          auditSampleSize: 8,
          auditWarningPerThousand: 1,
        },
      );
      // Each plant is one real error: the keyed ballot differs from the paper in that field only.
      for (const error of planted)
        expect(
          compareKeyings([[keyed[error.position - 1]!], [paper[error.position - 1]!]]).map((d) => d.field),
        ).toEqual([error.field]);
      await recordCounts(head, school, { valid: 20 });
      const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: 'Phong bì 1' });

      // Not verified yet: nothing to audit.
      expect(await head.code('counting.drawKeyingAudit', { batchId: batch.id })).toBe('AUDIT_NOT_AVAILABLE');

      // Both keyers make the planted errors; one genuine disagreement (position 2) the head settles.
      await keyBatch(counter1, batch.id, keyed);
      const secondKeying = keyed.map((ballot, index) => (index === 1 ? { ...ballot, prestige: 4 } : ballot));
      expect(await keyBatch(counter2, batch.id, secondKeying)).toMatchObject({ unresolvedMismatches: 1 });
      const { differences } = await head.ok('counting.differences', { batchId: batch.id });
      await head.ok('counting.resolveDifference', {
        batchId: batch.id,
        differenceId: differences[0]!.id,
        choice: 'pass1',
      });

      // Only the head draws; the sample is the campaign's size, its seed recorded and audited.
      expect(await counter3.code('counting.drawKeyingAudit', { batchId: batch.id })).toBe('FORBIDDEN');
      const drawn = await head.ok('counting.drawKeyingAudit', { batchId: batch.id });
      expect(drawn).toMatchObject({ state: 'drawn', sampleSize: 8, ballotCount: 20, keyed: 0, rate: null });
      const sample = drawn.sample!;
      expect(sample.seed).toMatch(/^[0-9a-f]{64}$/);
      expect(sample.positions).toEqual(auditSamplePositions(sample.seed, batch.id, 20, 8));
      expect(await head.code('counting.drawKeyingAudit', { batchId: batch.id })).toBe('AUDIT_ALREADY_DRAWN');
      const logged = await head.ok('audit.list', { event: 'keyingAudit.drawn' });
      expect(logged.entries[0]!.details).toEqual({ batchId: batch.id, seed: sample.seed, positions: sample.positions });

      // Drawn but not keyed: the warning stands and closing is refused.
      const pendingLine = (await head.ok('counting.reconciliation', { contestId: school.id })).find(
        (line) => line.rule === 'W04',
      )!;
      expect(pendingLine).toMatchObject({ ok: false, acknowledged: false });
      expect(await head.code('counting.close', { contestId: school.id })).toBe('RECONCILIATION_FAILS');

      // Never a keyer of the batch, never the head who settled it.
      for (const [who, pass] of [
        [counter1, 1],
        [counter2, 2],
      ] as const) {
        const refused = await who.call('counting.startAuditKeying', { batchId: batch.id });
        expect(!refused.ok && refused.error.code).toBe('AUDIT_NOT_INDEPENDENT');
        expect(!refused.ok && refused.error.message.vi).toContain(`lần ${pass}`);
      }
      expect(await head.code('counting.startAuditKeying', { batchId: batch.id })).toBe('AUDIT_NOT_INDEPENDENT');

      // The third person keys blind: the form and the positions to pull, no verified value.
      const view = await counter3.ok('counting.startAuditKeying', { batchId: batch.id });
      expect(view).toMatchObject({ positions: sample.positions, keyed: 0, finished: false });
      expect(Object.keys(view).sort()).toEqual(
        [
          'batchId',
          'batchNumber',
          'contestId',
          'form',
          'positions',
          'keyed',
          'finished',
          'subjectName',
          'unitName',
        ].sort(),
      );
      expect(await counter3.code('counting.auditDifferences', { batchId: batch.id })).toBe('FORBIDDEN');
      expect(await counter1.code('counting.saveAuditBallot', auditBallot(batch.id, paper[0]!))).toBe('NOT_YOUR_KEYING');

      // The auditor keys the paper right, but for one slip of their own on the first sampled ballot.
      const firstSampled = sample.positions[0]!;
      for (const position of sample.positions) {
        const ballot = paper[position - 1]!;
        const audited = position === firstSampled ? { ...ballot, notes: { ...ballot.notes, '1': 'ghi nhầm' } } : ballot;
        const saved = await counter3.ok('counting.saveAuditBallot', auditBallot(batch.id, audited));
        expect(saved.position).toBe(position);
        if (position === sample.positions[3]) {
          await counter3.ok('counting.undoAuditBallot', { batchId: batch.id });
          await counter3.ok('counting.saveAuditBallot', auditBallot(batch.id, audited));
        }
      }
      expect(await counter3.code('counting.saveAuditBallot', auditBallot(batch.id, paper[0]!))).toBe(
        'AUDIT_SAMPLE_KEYED',
      );
      const finished = await counter3.ok('counting.finishAuditKeying', { batchId: batch.id });

      const inSample = planted.filter((error) => sample.positions.includes(error.position));
      const fields = sample.positions.reduce(
        (sum, position) => sum + comparedFieldCount(keyed[position - 1]!, paper[position - 1]!),
        0,
      );
      expect(fields).toBe(8 * 32);
      expect(finished).toMatchObject({ state: 'judging', differences: inSample.length + 1, judged: 0 });

      // Exactly the planted errors within the sample, and the auditor's slip, with both values.
      const found = await head.ok('counting.auditDifferences', { batchId: batch.id });
      const auditSlip = { position: firstSampled, field: 'note:1' };
      expect(found.differences.map(({ position, field }) => ({ position, field }))).toEqual(
        [...inSample.map(({ position, field }) => ({ position, field })), auditSlip].sort(
          (a, b) => a.position - b.position || fieldOrder(a.field) - fieldOrder(b.field),
        ),
      );
      const slip = found.differences.find((difference) => difference.field === 'note:1')!;
      expect([slip.verifiedValue, slip.auditValue]).toEqual(['', 'ghi nhầm']);
      expect(slip.rowText).toBe(found.form.criteria[0]!.text);

      // Judging: a keyer may not, the auditor may not; the head judges against the paper.
      const judgeFirst = { batchId: batch.id, differenceId: found.differences[0]!.id, verdict: 'auditWrong' };
      expect(await counter3.code('counting.judgeAuditDifference', judgeFirst)).toBe('FORBIDDEN');
      let summary = finished;
      for (const difference of found.differences)
        summary = await head.ok('counting.judgeAuditDifference', {
          batchId: batch.id,
          differenceId: difference.id,
          verdict: difference === slip ? 'auditWrong' : 'verifiedWrong',
        });
      expect(await head.code('counting.judgeAuditDifference', judgeFirst)).toBe('AUDIT_ALREADY_JUDGED');

      // The rate and its interval are the pure function's, over the fields compared.
      const expected = residualErrorRate(inSample.length, fields);
      expect(summary).toMatchObject({ state: 'done', judged: inSample.length + 1, rate: expected });
      const quality = await head.ok('counting.keyingQuality', { campaignId: campaign.id });
      expect(quality.campaign).toEqual(expected);
      expect(quality.desks).toEqual([
        { desk: null, batches: 1, rate: expected, aboveBound: expected.perThousand! > 1 },
      ]);
      expect(quality.batches).toEqual([
        expect.objectContaining({ batchId: batch.id, batchNumber: 1, state: 'done', sampled: 8, rate: expected }),
      ]);

      // The verified ballots now hold the paper's values where the sample found an error, and only there.
      const expectedBallots = keyed.map((ballot, index) =>
        inSample.some((error) => error.position === index + 1) ? paper[index]! : ballot,
      );
      const { settled, stored } = core.vault.store.read((db) => ({
        settled: paperOrderBallotLines(db, batch.id),
        stored: verifiedBallotLines(db, batch.id),
      }));
      const asLines = (ballots: readonly BallotEntry[]) =>
        ballots.map((ballot) => ({ ...ballot, ballot: undefined, contest: undefined }));
      expect(sorted(settled)).toEqual(sorted(asLines(expectedBallots)));
      expect(sorted(stored)).toEqual(sorted(asLines(expectedBallots)));

      // Every judgement for the operator statistics: the auditor and the batch's keyers.
      const users = await admin.ok('users.list', {});
      const idOf = (login: string) => users.find((user) => user.login === login)!.id;
      const judgements = core.vault.store.read((db) => auditJudgementsOf(db, campaign.id));
      expect(judgements).toHaveLength(inSample.length + 1);
      expect(judgements.every((judgement) => judgement.auditorId === idOf('kiemphieu3'))).toBe(true);
      expect(judgements[0]!.keyerIds).toEqual([idOf('kiemphieu1'), idOf('kiemphieu2')]);
      expect(judgements.filter((judgement) => judgement.verdict === 'verifiedWrong')).toHaveLength(inSample.length);

      // Above the bound the warning blocks closing until the head acknowledges it.
      const line = (await head.ok('counting.reconciliation', { contestId: school.id })).find((l) => l.rule === 'W04')!;
      expect(line.ok).toBe(expected.perThousand! <= 1);
      if (!line.ok) {
        expect(line.explanation.vi).toContain(`${inSample.length} lỗi còn sót trên 256 ô`);
        expect(await head.code('counting.close', { contestId: school.id })).toBe('RECONCILIATION_FAILS');
        await head.ok('counting.acknowledgeWarning', {
          contestId: school.id,
          rule: 'W04',
          reason: 'Các lỗi tìm thấy đã được sửa theo phiếu giấy',
        });
      }
      await head.ok('counting.close', { contestId: school.id });

      // Closed: the audit is evidence only.
      expect(await head.ok('counting.keyingAudit', { batchId: batch.id })).toMatchObject({
        readOnly: true,
        state: 'done',
      });
      expect((await head.ok('counting.auditDifferences', { batchId: batch.id })).differences).toHaveLength(
        inSample.length + 1,
      );

      // The counting minutes print the audit.
      const { html } = await head.ok('print.preview', { document: { kind: 'countingMinutes', unitId: school.unitId } });
      expect(html).toContain('Kiểm tra chất lượng nhập phiếu: 1 lô, nhập lại 8 phiếu rút ngẫu nhiên;');
      expect(html).toContain(`Lô 1: phiếu thứ ${sample.positions.join(', ')};`);
      expect(html).toContain(`${inSample.length} lỗi còn sót trên 256 ô`);
      core.shutdown();
    },
  );
  it(
    'a batch smaller than the sample is audited whole: a whole ballot judged wrong replaces even one the head settled; the auditor never judges; sealed, the audit is evidence only',
    { timeout: 120_000 },
    async () => {
      const { core, admin, campaign, head, counter1, counter2, counter3, school } = await openCampaign(
        temp(),
        2,
        {},
        { auditSampleSize: 8 },
      );
      const blank: BallotEntry = { valid: false, invalidReason: 'blank', invalidText: '' };
      const ballots = [
        schoolBallot('111122223333444', 1),
        schoolBallot('222233334444111', 2),
        blank,
        schoolBallot('333344441111222', 3),
        schoolBallot('444411112222333', 4),
      ];
      await recordCounts(head, school, { valid: 4, blank: 1 });
      const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: '' });
      // Position 3: the first keyer keyed a valid ballot where the paper is blank, and the head kept it;
      // position 5: both keyed a valid ballot as blank.
      const strayValid = schoolBallot('121212121212121', 2);
      await keyBatch(counter1, batch.id, [ballots[0]!, ballots[1]!, strayValid, ballots[3]!, blank]);
      await keyBatch(counter2, batch.id, [ballots[0]!, ballots[1]!, blank, ballots[3]!, blank]);
      const { differences } = await head.ok('counting.differences', { batchId: batch.id });
      expect(differences.map((difference) => [difference.position, difference.field])).toEqual([[3, 'ballot']]);
      await head.ok('counting.resolveDifference', {
        batchId: batch.id,
        differenceId: differences[0]!.id,
        choice: 'pass1',
      });

      const drawn = await head.ok('counting.drawKeyingAudit', { batchId: batch.id });
      expect(drawn.sample!.positions).toEqual([1, 2, 3, 4, 5]);
      const secondHead = await signedInUser(core, admin, { login: 'truongban2', fullName: 'Phó ban', role: 'head' });
      await secondHead.ok('counting.startAuditKeying', { batchId: batch.id });
      // Someone else may not key into it, nor take it over.
      expect(await counter3.code('counting.startAuditKeying', { batchId: batch.id })).toBe('NOT_YOUR_KEYING');
      for (const ballot of ballots.slice(0, 4))
        await secondHead.ok('counting.saveAuditBallot', auditBallot(batch.id, ballot));
      const early = await secondHead.call('counting.finishAuditKeying', { batchId: batch.id });
      expect(!early.ok && early.error.code).toBe('AUDIT_INCOMPLETE');
      expect(!early.ok && early.error.message.vi).toContain('4/5');
      await secondHead.ok('counting.saveAuditBallot', auditBallot(batch.id, ballots[4]!));
      const finished = await secondHead.ok('counting.finishAuditKeying', { batchId: batch.id });
      expect(await secondHead.code('counting.saveAuditBallot', auditBallot(batch.id, blank))).toBe('KEYING_FINISHED');
      expect(finished).toMatchObject({ differences: 2, rate: { fields: 32 * 3 + 2 } });

      const found = await head.ok('counting.auditDifferences', { batchId: batch.id });
      expect(found.differences.map((difference) => [difference.position, difference.field])).toEqual([
        [3, 'ballot'],
        [5, 'ballot'],
      ]);
      // The audit's keyer does not judge their own audit.
      const refused = await secondHead.call('counting.judgeAuditDifference', {
        batchId: batch.id,
        differenceId: found.differences[0]!.id,
        verdict: 'verifiedWrong',
      });
      expect(!refused.ok && refused.error.code).toBe('AUDIT_NOT_INDEPENDENT');
      for (const difference of found.differences)
        await head.ok('counting.judgeAuditDifference', {
          batchId: batch.id,
          differenceId: difference.id,
          verdict: 'verifiedWrong',
        });
      const stored = core.vault.store.read((db) => paperOrderBallotLines(db, batch.id));
      expect(stored.map((line) => line.valid)).toEqual([true, true, false, true, true]);
      const rate = residualErrorRate(2, 98);
      expect(await head.ok('counting.keyingAudit', { batchId: batch.id })).toMatchObject({ state: 'done', rate });

      // 2 errors in 98 fields is far above 1.0 per 1,000 (and 1 blank of 5 above 3 %): acknowledged, closed, sealed.
      for (const rule of ['W01', 'W04'] as const)
        await head.ok('counting.acknowledgeWarning', {
          contestId: school.id,
          rule,
          reason: 'Đã đối chiếu với phiếu giấy, các phiếu nhầm đã được sửa',
        });
      await head.ok('counting.close', { contestId: school.id });
      await head.ok('results.seal', { contestId: school.id, envelopeSeal: 'NP-2023-07' });
      expect(
        await head.code('counting.judgeAuditDifference', {
          batchId: batch.id,
          differenceId: found.differences[0]!.id,
          verdict: 'auditWrong',
        }),
      ).toBe('CONTEST_SEALED');
      expect(await head.ok('counting.keyingAudit', { batchId: batch.id })).toMatchObject({ readOnly: true, rate });
      expect(await head.ok('counting.keyingQuality', { campaignId: campaign.id })).toMatchObject({
        campaign: rate,
        contests: [expect.objectContaining({ contestId: school.id, rate, aboveBound: true })],
      });
      const { html } = await head.ok('print.preview', { document: { kind: 'countingMinutes', unitId: school.unitId } });
      expect(html).toContain('Lô 1: phiếu thứ 1, 2, 3, 4, 5; 2 lỗi còn sót trên 98 ô — 20,41/1.000 ô');
      core.shutdown();
    },
  );

  it('a batch imported from a file, or a campaign that audits nothing, has no audit', async () => {
    const { core, head, counter1, counter2, school } = await openCampaign(temp());
    const batch = await counter1.ok('counting.createBatch', { contestId: school.id, label: '' });
    await keyBatch(counter1, batch.id, [schoolBallot('111122223333444')]);
    await keyBatch(counter2, batch.id, [schoolBallot('111122223333444')]);
    const refused = await head.call('counting.drawKeyingAudit', { batchId: batch.id });
    expect(!refused.ok && refused.error.message.en).toContain('audits no ballots');
    expect(await head.ok('counting.keyingAudit', { batchId: batch.id })).toMatchObject({
      state: 'notDrawn',
      sampleSize: 0,
      ballotCount: 1,
      sample: null,
    });
    expect(await counter1.code('counting.startAuditKeying', { batchId: batch.id })).toBe('AUDIT_NOT_DRAWN');
    const imported = await head.ok('counting.importBallots', {
      contestId: school.id,
      fileName: 'phieu.jsonl',
      text: ballotLines(school.id, ['1111222233334441']),
    });
    const notKeyed = await head.call('counting.drawKeyingAudit', { batchId: imported.batch.id });
    expect(!notKeyed.ok && notKeyed.error.message.en).toContain('imported from a file');
    core.shutdown();
  });
});
