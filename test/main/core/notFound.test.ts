import { describe, expect, it } from 'vitest';
import { contract, type CallName } from '../../../shared/contract';
import { coreWithVault, signedInUser } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';

const temp = useTempDirectories();

/** What each kind of identifier points at, as the "not found" message must say it. */
const things: Readonly<Record<string, string>> = {
  campaignId: 'đợt lấy ý kiến',
  contestId: 'cuộc lấy ý kiến',
  unitId: 'đơn vị',
  batchId: 'lô phiếu',
  keyingId: 'lần nhập',
  versionId: 'phiên bản mẫu phiếu',
  sealId: 'biên bản niêm phong',
  userId: 'người dùng',
};

/** Calls whose whole input is identifiers: asked about nothing that exists, they must name what they did not find. */
function idOnlyCalls(): Array<[CallName, string[]]> {
  return Object.entries(contract).flatMap(([name, spec]) => {
    const def = (spec.input as unknown as { _zod: { def: { type: string; shape?: object } } })._zod.def;
    const keys = def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
    return keys.length > 0 && keys.every((key) => key in things)
      ? [[name as CallName, keys] as [CallName, string[]]]
      : [];
  });
}

describe('not found', () => {
  it('names the thing that was asked for, for every call that takes only identifiers', async () => {
    const { core, admin } = await coreWithVault(temp());
    const head = await signedInUser(core, admin, { login: 'truongban', fullName: 'Trưởng ban', role: 'head' });
    const nothing = '00000000-0000-4000-8000-000000000001';
    const calls = idOnlyCalls();
    expect(calls.length).toBeGreaterThan(15);
    for (const [name, keys] of calls) {
      const input = Object.fromEntries(keys.map((key) => [key, nothing]));
      const answers = [await admin.call(name, input as never), await head.call(name, input as never)];
      const refused = answers.find((answer) => !answer.ok && answer.error.code !== 'FORBIDDEN');
      if (!refused || refused.ok) continue;
      const message = refused.error.message.vi.toLowerCase();
      expect(
        keys.some((key) => message.includes(things[key]!)),
        `${name}: ${refused.error.message.vi}`,
      ).toBe(true);
    }
    core.shutdown();
  });
});
