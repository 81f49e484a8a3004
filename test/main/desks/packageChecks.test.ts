import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/canonicalJson';
import { deskPackageFormat } from '../../../shared/desks/deskKit';
import { opensslDesk } from '../../helpers/deskPackages';
import { openCampaign } from '../../helpers/testCounting';
import { signingPassphrase } from '../../helpers/testVault';
import { useTempDirectories } from '../../helpers/tempDirectory';

const temp = useTempDirectories();

/** The main desk, and a desk registered with an openssl certificate that signs whatever text it is given. */
async function mainWithDesk() {
  const main = await openCampaign(temp());
  await main.head.ok('signing.generate', { name: 'Trần Văn Bình', post: 'Trưởng ban', passphrase: signingPassphrase });
  const { kit, seal } = await opensslDesk(main, temp(), 'Bàn phụ số 2');
  /** The signed package around exactly this content text, sealed for the main desk, base64 as the call takes it. */
  const packageOf = seal;
  const contentOf = (ballots: unknown[]) => ({
    format: deskPackageFormat,
    kitId: kit.kitId,
    campaignId: main.campaign.id,
    deskName: 'Bàn phụ số 2',
    exportedAt: '2026-11-30T05:00:00.000Z',
    batches: [
      {
        batchId: randomUUID(),
        contestId: main.school.id,
        number: 1,
        label: 'Phong bì 1',
        keyings: [],
        resolutions: [],
        ballots,
      },
    ],
    counts: [],
    conferences: [],
  });
  const merge = async (travelling: string | Promise<string>) => {
    const answer = await main.head.call('desks.mergePackage', { contentBase64: await travelling });
    return answer.ok ? answer.value : answer.error.code;
  };
  const batchesHere = async () =>
    (await main.head.ok('counting.desk', { campaignId: main.campaign.id, unitId: main.school.unitId }))[0]!.contests[0]!
      .batches;
  return { main, packageOf, contentOf, merge, batchesHere };
}

const validBallot = (contest: string, notes: Record<string, string> = {}) => ({
  contest,
  ballot: randomUUID(),
  valid: true,
  answers: [1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, '*'],
  notes,
  other: '',
  prestige: 1,
});

describe('a desk package is checked before anything is stored', () => {
  it('refuses content that is not exactly the canonical JSON of what it holds, and stores nothing', async () => {
    const { main, packageOf, contentOf, merge, batchesHere } = await mainWithDesk();
    try {
      const ballots = [validBallot(main.school.id), validBallot(main.school.id)];
      const canonical = canonicalJson(contentOf(ballots));
      const { notes: _notes, other: _other, ...withoutDefaults } = ballots[0]!;
      const changed = [
        // Spaces, keys in the schema's order rather than sorted, a member twice, another number form.
        JSON.stringify(JSON.parse(canonical), null, 1),
        JSON.stringify(contentOf(ballots)),
        canonical.replace('"prestige":1,', '"prestige":1,"prestige":1,'),
        canonical.replace('"prestige":1,', '"prestige":1.0,'),
        canonical.replace('"number":1,', '"number":1e0,'),
        // Canonical text, but a default the schema would fill in is left out, or an unknown member added.
        canonicalJson(contentOf([withoutDefaults, ballots[1]])),
        canonicalJson(contentOf([{ ...ballots[0], extra: 1 }, ballots[1]])),
        // Canonical text of a ballot no ballot line may be.
        canonicalJson(contentOf([{ ...ballots[0], answers: [11] }, ballots[1]])),
        canonicalJson(contentOf([{ ...ballots[0], ballot: 'not-an-id' }, ballots[1]])),
        canonicalJson({ ...contentOf(ballots), extra: true }),
      ];
      for (const text of changed) expect(await merge(packageOf(text)), text.slice(0, 80)).toBe('DESK_PACKAGE_INVALID');
      expect(await batchesHere()).toEqual([]);
      // The canonical one merges; notes on rows 9 and 10 are in RFC 8785 order ("10" before "9").
      const withNotes = [validBallot(main.school.id, { '9': 'Chín', '10': 'Mười' }), ...ballots];
      const text = canonicalJson(contentOf(withNotes));
      expect(text).toContain('"notes":{"10":"Mười","9":"Chín"}');
      expect(await merge(packageOf(text))).toEqual({
        deskName: 'Bàn phụ số 2',
        merged: 1,
        awaitingSecondEntry: 0,
        alreadyMerged: 0,
        ballots: 3,
      });
      expect(await batchesHere()).toHaveLength(1);
    } finally {
      main.core.shutdown();
    }
  });

  it('refuses a ballot the contest’s form does not allow, of another contest or given twice, as an imported file is', async () => {
    const { main, packageOf, contentOf, merge, batchesHere } = await mainWithDesk();
    try {
      const other = main.contests.find((contest) => contest.id !== main.school.id)!;
      const ballot = validBallot(main.school.id);
      const wrong = [
        [ballot, { ...validBallot(main.school.id), answers: [1, 2, 3] }],
        [ballot, validBallot(other.id)],
        [ballot, { ...validBallot(main.school.id), ballot: ballot.ballot }],
        [ballot, { ...validBallot(main.school.id), answers: Array(15).fill(0), prestige: 0 }],
      ];
      for (const ballots of wrong)
        expect(await merge(packageOf(canonicalJson(contentOf(ballots))))).toBe('LINES_INVALID');
      expect(await batchesHere()).toEqual([]);
    } finally {
      main.core.shutdown();
    }
  });

  it('refuses a ballot id stored already — by an earlier package or an earlier batch of its own — and stores none of it', async () => {
    const { main, packageOf, contentOf, merge, batchesHere } = await mainWithDesk();
    try {
      const first = validBallot(main.school.id);
      expect(await merge(packageOf(canonicalJson(contentOf([first]))))).toMatchObject({ merged: 1, ballots: 1 });
      /** One package of two batches: the second one's ballots are these. */
      const twoBatches = (second: unknown[]) => {
        const one = contentOf([validBallot(main.school.id), validBallot(main.school.id)]);
        const two = contentOf(second).batches[0]!;
        return canonicalJson({ ...one, batches: [...one.batches, { ...two, number: 2 }] });
      };
      const again = { ...validBallot(main.school.id), ballot: first.ballot };
      expect(await merge(packageOf(twoBatches([validBallot(main.school.id), again])))).toBe('BALLOTS_ALREADY_STORED');
      const earlier = validBallot(main.school.id);
      const inPackage = contentOf([earlier]);
      const repeated = { ...validBallot(main.school.id), ballot: earlier.ballot };
      const bothBatches = canonicalJson({
        ...inPackage,
        batches: [...inPackage.batches, { ...contentOf([repeated]).batches[0]!, number: 2 }],
      });
      expect(await merge(packageOf(bothBatches))).toBe('BALLOTS_ALREADY_STORED');
      const answer = await main.head.call('counting.importBallots', {
        contestId: main.school.id,
        fileName: 'lai.jsonl',
        text: JSON.stringify(again),
      });
      expect(answer.ok ? null : answer.error.code).toBe('BALLOTS_ALREADY_STORED');
      expect(await batchesHere()).toHaveLength(1);
    } finally {
      main.core.shutdown();
    }
  });
});
