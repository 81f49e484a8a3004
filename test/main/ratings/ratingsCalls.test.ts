import { describe, expect, it } from 'vitest';
import { decision, levels2025, rosterCsv, rosterUpload } from '../../fixtures/ratings/ratingsData';
import { useTempDirectories } from '../../helpers/tempDirectory';
import { coreWithVault, signedInUser } from '../../helpers/testCore';
import { decideLevels, openRound, ratingsVault } from '../../helpers/testRatings';

describe('ratings: the roster of organisations, collectives and members', () => {
  const temp = useTempDirectories();

  it('imports the file all or nothing, lists it in Vietnamese order and finds names without diacritics', async () => {
    const { core, admin } = await coreWithVault(temp());
    const broken = rosterCsv.replace(
      'CB-TH;Chi bộ Trường Tiểu học Đa Tốn;Chi bộ',
      'CB-TH;Chi bộ Trường Tiểu học Đa Tốn;Chi hội',
    );
    const preview = await admin.ok('ratings.previewRoster', { file: rosterUpload(broken) });
    expect(preview.errors.length).toBeGreaterThan(0);
    expect(preview.errors[0]).toMatchObject({ row: 7, column: 'Loại tổ chức' });
    expect(await admin.code('ratings.importRoster', { file: rosterUpload(broken) })).toBe('IMPORT_HAS_ERRORS');
    expect(await admin.ok('ratings.roster', {})).toEqual([]);

    expect(await admin.ok('ratings.importRoster', { file: rosterUpload() })).toEqual({
      organisations: 7,
      collectives: 2,
      members: 7,
      heads: 3,
      errors: [],
    });
    const roster = await admin.ok('ratings.roster', {});
    expect(roster.map((organisation) => organisation.name)).toEqual([
      'Chi bộ Trường Mầm non Đa Tốn',
      'Chi bộ Trường THCS Đa Tốn',
      'Chi bộ Trường Tiểu học Đa Tốn',
      'Chi đoàn Trường THCS Đa Tốn',
      'Chi hội Phụ nữ Trường Tiểu học Đa Tốn',
      'Công đoàn Trường THCS Đa Tốn',
      'Đảng bộ Khối Giáo dục huyện Gia Lâm',
    ]);
    const thcs = roster[1]!;
    expect(thcs).toMatchObject({
      kind: 'partyCell',
      parentName: 'Đảng bộ Khối Giáo dục huyện Gia Lâm',
      collective: { name: 'Chi ủy Chi bộ Trường THCS Đa Tốn' },
    });
    expect(thcs.members.map((member) => [member.fullName, member.isHead])).toEqual([
      ['Nguyễn Thị Hằng', true],
      ['Lê Thị Ánh', false],
      ['Phạm Quốc Bảo', false],
      ['Trần Văn Đức', false],
    ]);
    const found = await admin.ok('ratings.roster', { search: 'anh' });
    expect(found.map((organisation) => [organisation.name, organisation.members.map((m) => m.fullName)])).toEqual([
      ['Chi bộ Trường THCS Đa Tốn', ['Lê Thị Ánh']],
    ]);
    expect((await admin.ok('ratings.roster', { search: 'tieu hoc' })).map((o) => o.name)).toEqual([
      'Chi bộ Trường Tiểu học Đa Tốn',
      'Chi hội Phụ nữ Trường Tiểu học Đa Tốn',
    ]);
    core.shutdown();
  });

  it('a new import keeps the ids of what it still lists; who left stays for past rounds but not new ones', async () => {
    const { core, admin } = await ratingsVault(temp());
    const before = await admin.ok('ratings.roster', {});
    const duc = before[1]!.members.find((member) => member.fullName === 'Trần Văn Đức')!;
    await openRound(admin, 2024);
    const without = rosterCsv
      .split('\n')
      .filter((line) => !line.includes('Trần Văn Đức'))
      .join('\n');
    await admin.ok('ratings.importRoster', { file: rosterUpload(without) });
    const after = await admin.ok('ratings.roster', {});
    expect(after.map((organisation) => organisation.id)).toEqual(before.map((organisation) => organisation.id));
    expect(after[1]!.members.map((member) => member.fullName)).not.toContain('Trần Văn Đức');
    const { entries: next } = await openRound(admin, 2025);
    expect(next.some((entry) => entry.subjectId === duc.id)).toBe(false);
    const [past] = (await admin.ok('ratings.rounds', {})).filter((round) => round.year === 2024);
    const { entries: old } = await admin.ok('ratings.round', { roundId: past!.id });
    expect(old.find((entry) => entry.subjectId === duc.id)?.name).toBe('Trần Văn Đức');
    const exported = await admin.ok('ratings.exportRoster', { format: 'csv' });
    const text = Buffer.from(exported.contentBase64, 'base64').toString('utf8');
    expect(text).toContain('Chi ủy Chi bộ Trường THCS Đa Tốn');
    expect(text).not.toContain('Trần Văn Đức');
    core.shutdown();
  });
});

describe('ratings: a round and its decisions, refused by the core when they break a rule', () => {
  const temp = useTempDirectories();

  it('lists the subjects collective before people, leaders before members, one round a year', async () => {
    const { core, admin } = await ratingsVault(temp());
    const { entries, round } = await openRound(admin);
    expect(round).toMatchObject({ year: 2025, subjects: 16, decided: 0, rules: { XL05: false } });
    const thcs = entries.findIndex((entry) => entry.name === 'Chi bộ Trường THCS Đa Tốn');
    expect(entries.slice(thcs, thcs + 6).map((entry) => [entry.kind, entry.name])).toEqual([
      ['partyCell', 'Chi bộ Trường THCS Đa Tốn'],
      ['leadershipCollective', 'Chi ủy Chi bộ Trường THCS Đa Tốn'],
      ['member', 'Nguyễn Thị Hằng'],
      ['member', 'Lê Thị Ánh'],
      ['member', 'Phạm Quốc Bảo'],
      ['member', 'Trần Văn Đức'],
    ]);
    expect(entries[0]).toMatchObject({ kind: 'partyOrganisation', name: 'Đảng bộ Khối Giáo dục huyện Gia Lâm' });
    expect(await admin.code('ratings.createRound', { year: 2025, name: 'Lần hai' })).toBe('RATING_ROUND_EXISTS');
    core.shutdown();
  });

  it('without a roster no round opens', async () => {
    const { core, admin } = await coreWithVault(temp());
    expect(await admin.code('ratings.createRound', { year: 2025, name: 'Năm 2025' })).toBe('RATING_ROSTER_EMPTY');
    core.shutdown();
  });

  it('XL03 and XL01: a collective above its cell, a head above the collective, are refused and nothing is stored', async () => {
    const { core, admin } = await ratingsVault(temp());
    const { round, find } = await openRound(admin);
    const roundId = round.id;
    const cell = find('Chi bộ Trường THCS Đa Tốn');
    const collective = find('Chi ủy Chi bộ Trường THCS Đa Tốn');
    const head = find('Nguyễn Thị Hằng');
    await admin.ok('ratings.decide', { roundId, subjectId: cell.subjectId, level: 'good', ...decision });

    const refused = await admin.call('ratings.decide', {
      roundId,
      subjectId: collective.subjectId,
      level: 'excellent',
      ...decision,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('RATING_RULE_BROKEN');
    expect(refused.error.message.vi).toContain('XL03');
    expect(refused.error.message.vi).toContain('Chi ủy Chi bộ Trường THCS Đa Tốn');
    expect(
      (await admin.ok('ratings.round', { roundId })).entries.find((e) => e.subjectId === collective.subjectId),
    ).toMatchObject({ decidedLevel: null, decisionNumber: null });

    await admin.ok('ratings.decide', { roundId, subjectId: collective.subjectId, level: 'good', ...decision });
    const headAbove = await admin.call('ratings.decide', {
      roundId,
      subjectId: head.subjectId,
      level: 'excellent',
      ...decision,
    });
    expect(headAbove.ok ? 'ok' : headAbove.error.message.vi).toMatch(/^Quyết định xếp loại .*XL01 .*XL02 /);
    const decided = await admin.ok('ratings.decide', {
      roundId,
      subjectId: head.subjectId,
      level: 'good',
      ...decision,
    });
    expect(decided).toMatchObject({ decidedLevel: 'good', decisionNumber: '15-QĐ/ĐU', decisionDate: '2025-12-20' });
    // Lowering the cell below its head's level breaks the same rules from the other side.
    expect(
      await admin.code('ratings.decide', { roundId, subjectId: cell.subjectId, level: 'completed', ...decision }),
    ).toBe('RATING_RULE_BROKEN');
    expect((await admin.ok('ratings.rounds', {}))[0]).toMatchObject({ decided: 3 });
    core.shutdown();
  });

  it('the self-assessment and proposal are kept until the decision, then frozen', async () => {
    const { core, admin } = await ratingsVault(temp());
    const { round, find } = await openRound(admin);
    const anh = find('Lê Thị Ánh');
    const assessed = await admin.ok('ratings.assess', {
      roundId: round.id,
      subjectId: anh.subjectId,
      selfLevel: 'excellent',
      selfAssessment: 'Hoàn thành tốt nhiệm vụ giảng dạy; còn hạn chế trong sinh hoạt chuyên môn.',
      proposedLevel: 'good',
    });
    expect(assessed).toMatchObject({ selfLevel: 'excellent', proposedLevel: 'good' });
    await admin.ok('ratings.decide', { roundId: round.id, subjectId: anh.subjectId, level: 'good', ...decision });
    expect(
      await admin.code('ratings.assess', {
        roundId: round.id,
        subjectId: anh.subjectId,
        selfLevel: 'good',
        selfAssessment: '',
        proposedLevel: 'good',
      }),
    ).toBe('RATING_ALREADY_DECIDED');
    core.shutdown();
  });

  it('XL04: a disciplinary measure counted in one year’s round is refused in another', async () => {
    const { core, admin } = await ratingsVault(temp());
    const first = await openRound(admin, 2024);
    const bao = first.find('Phạm Quốc Bảo');
    const record = await admin.ok('ratings.addRecord', {
      subjectId: bao.subjectId,
      kind: 'discipline',
      year: 2024,
      description: 'Khiển trách (Quyết định số 03-QĐ/CB ngày 10/11/2024)',
    });
    await admin.ok('ratings.decide', {
      roundId: first.round.id,
      subjectId: bao.subjectId,
      level: 'completed',
      ...decision,
      consideredRecordIds: [record.id],
    });
    expect(await admin.ok('ratings.records', { subjectId: bao.subjectId })).toEqual([
      expect.objectContaining({ id: record.id, countedInRoundId: first.round.id, countedInYear: 2024 }),
    ]);
    const second = await openRound(admin, 2025);
    const again = await admin.call('ratings.decide', {
      roundId: second.round.id,
      subjectId: bao.subjectId,
      level: 'completed',
      ...decision,
      consideredRecordIds: [record.id],
    });
    expect(again.ok ? 'ok' : again.error.message.vi).toContain('XL04');
    // Deciding again in 2024 without it releases the record for a later round.
    await admin.ok('ratings.decide', { roundId: first.round.id, subjectId: bao.subjectId, level: 'good', ...decision });
    expect((await admin.ok('ratings.records', {}))[0]).toMatchObject({ countedInRoundId: null });
    expect(
      await admin.code('ratings.decide', {
        roundId: first.round.id,
        subjectId: bao.subjectId,
        level: 'good',
        ...decision,
        consideredRecordIds: ['00000000-0000-4000-8000-000000000000'],
      }),
    ).toBe('NOT_FOUND');
    core.shutdown();
  });

  it('XL05 is off unless the round turns it on: then a member disciplined that year is not rated excellent', async () => {
    const { core, admin } = await ratingsVault(temp());
    const roster = await admin.ok('ratings.roster', {});
    const chau = roster[2]!.members.find((member) => member.fullName === 'Vũ Minh Châu')!;
    await admin.ok('ratings.addRecord', {
      subjectId: chau.id,
      kind: 'discipline',
      year: 2025,
      description: 'Khiển trách',
    });
    await admin.ok('ratings.addRecord', {
      subjectId: chau.id,
      kind: 'discipline',
      year: 2024,
      description: 'Khiển trách',
    });
    const off = await openRound(admin, 2024);
    await admin.ok('ratings.decide', { roundId: off.round.id, subjectId: chau.id, level: 'excellent', ...decision });
    const on = await openRound(admin, 2025, { XL05: true });
    expect(
      await admin.code('ratings.decide', { roundId: on.round.id, subjectId: chau.id, level: 'excellent', ...decision }),
    ).toBe('RATING_RULE_BROKEN');
    await admin.ok('ratings.decide', { roundId: on.round.id, subjectId: chau.id, level: 'good', ...decision });
    core.shutdown();
  });

  it('only the administrator and the head rate; a counter may not even read the round', async () => {
    const { core, admin } = await ratingsVault(temp());
    const { round, find } = await openRound(admin);
    const counter = await signedInUser(core, admin, { login: 'kiemphieu1', fullName: 'Lê Văn Kiểm', role: 'counter' });
    const cell = find('Chi bộ Trường THCS Đa Tốn');
    expect(await counter.code('ratings.round', { roundId: round.id })).toBe('FORBIDDEN');
    expect(
      await counter.code('ratings.decide', {
        roundId: round.id,
        subjectId: cell.subjectId,
        level: 'good',
        ...decision,
      }),
    ).toBe('FORBIDDEN');
    expect(await counter.code('ratings.importRoster', { file: rosterUpload() })).toBe('FORBIDDEN');
    core.shutdown();
  });
});

describe('ratings: the district’s targets per year and year over year', () => {
  const temp = useTempDirectories();

  it('measures CT03a–CT03c against the decided levels, names the units below and leaves the undecided out', async () => {
    const { core, admin } = await ratingsVault(temp());
    const { round, entries } = await openRound(admin, 2025);
    // Cells: THCS and Tiểu học good, Mầm non completed; members: Ánh good, Bảo completed; Công đoàn, Chi đoàn good.
    await decideLevels(admin, round.id, entries, levels2025);
    const dashboard = await admin.ok('ratings.targets', { year: 2025 });
    expect(dashboard.targetSet?.fromYear).toBe(2021);
    const [cells, members, socio] = dashboard.results;
    expect(cells).toMatchObject({
      targetId: 'CT03a',
      share: 9700,
      meeting: 2,
      counted: 3,
      pending: 0,
      actualShare: 6667,
      met: false,
      shortfall: 1,
    });
    expect(cells!.unitsBelow.map((unit) => unit.unitName)).toEqual(['Trường Mầm non Đa Tốn']);
    expect(members).toMatchObject({
      targetId: 'CT03b',
      meeting: 1,
      counted: 2,
      pending: 5,
      actualShare: 5000,
      met: false,
    });
    expect(socio).toMatchObject({
      targetId: 'CT03c',
      meeting: 2,
      counted: 2,
      pending: 1,
      actualShare: 10000,
      met: true,
    });
    expect(dashboard.series.map((series) => series.points.map((point) => point.year))).toEqual([
      [2025],
      [2025],
      [2025],
    ]);

    await openRound(admin, 2024);
    const withPast = await admin.ok('ratings.targets', { year: 2025 });
    expect(withPast.series[0]!.points.map((point) => [point.year, point.counted])).toEqual([
      [2024, 0],
      [2025, 3],
    ]);
    const noRound = await admin.ok('ratings.targets', { year: 2023 });
    expect(noRound).toMatchObject({ roundId: null });
    expect(noRound.results.every((result) => result.met === null && result.counted === 0)).toBe(true);
    core.shutdown();
  });

  it('a district sets its own targets for a year apart from its plan', async () => {
    const { core, admin } = await ratingsVault(temp());
    const [plan] = await admin.ok('ratings.targetSets', {});
    const ownYear = {
      ...plan!,
      plan: { vi: 'Nghị quyết Đảng ủy năm 2025', en: 'Party committee resolution 2025' },
      fromYear: 2025,
      toYear: 2025,
      targets: plan!.targets.map((target) => ({ ...target, share: 9000 })),
    };
    await admin.ok('ratings.setTargetSets', { sets: [plan!, ownYear] });
    expect((await admin.ok('ratings.targets', { year: 2025 })).results.map((result) => result.share)).toEqual([
      9000, 9000, 9000,
    ]);
    expect((await admin.ok('ratings.targets', { year: 2024 })).results.map((result) => result.share)).toEqual([
      9700, 9800, 9500,
    ]);
    expect(await admin.code('ratings.setTargetSets', { sets: [{ ...ownYear, fromYear: 2026 }] })).toBe('INVALID_INPUT');
    core.shutdown();
  });
});
