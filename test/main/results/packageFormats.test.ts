import { describe, expect, it } from 'vitest';
import { expectMatchesFormat } from '../../helpers/formats';
import { signedContest } from '../../helpers/testBackup';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('the sealed result package and the canonical result, against their JSON Schemas', () => {
  const temp = useTempDirectories();

  it('every package the app writes, and the result inside it, match shared/formats/', async () => {
    const { core, head, sealed } = await signedContest(temp());
    const exported = await head.ok('results.exportPackage', { sealId: sealed.id });
    const resultPackage = JSON.parse(Buffer.from(exported.contentBase64, 'base64').toString('utf8')) as {
      result: string;
    };
    expectMatchesFormat('result-package', resultPackage);
    expectMatchesFormat('canonical-result', JSON.parse(resultPackage.result));
    const tally = await head.ok('results.tally', { contestId: sealed.contestId });
    expectMatchesFormat('tally', { ...tally.tally, digest: sealed.digest, sealSequence: 1 });
    expect(JSON.parse(resultPackage.result)).toMatchObject({ sequence: 1, envelopeSeal: 'NP-0012' });
    core.shutdown();
  });
});
