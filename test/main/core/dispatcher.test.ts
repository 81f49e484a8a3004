import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { callNames, defineCall, noInput } from '../../../shared/contract';
import { z } from '../../../shared/schema/z';
import { AppError, fail } from '../../../shared/errors';
import { roles, type Role } from '../../../shared/roles';
import { preferencesFile } from '../../../main/config/preferences';
import { createCore } from '../../../main/core/createCore';
import { createDispatcher, UndeclaredError } from '../../../main/core/dispatcher';
import { newSession } from '../../../main/session/sessionRegistry';
import { type CallerSession } from '../../../main/base/handlers';
import { useTempDirectories } from '../../helpers/tempDirectory';

const testContract = {
  'test.echo': defineCall({
    summary: 'public echo',
    input: z.object({ n: z.number().int() }).strict(),
    output: z.object({ n: z.number().int() }).strict(),
    access: 'public',
    errors: [],
  }),
  'test.adminOnly': defineCall({
    summary: 'admin only',
    input: noInput,
    output: z.object({ done: z.literal(true) }).strict(),
    access: ['admin'],
    errors: [],
  }),
  'test.headOrCounter': defineCall({
    summary: 'head or counter',
    input: noInput,
    output: z.object({ done: z.literal(true) }).strict(),
    access: ['head', 'counter'],
    errors: [],
  }),
  'test.bug': defineCall({ summary: 'throws a bug', input: noInput, output: noInput, access: 'public', errors: [] }),
  'test.expected': defineCall({
    summary: 'expected failure',
    input: noInput,
    output: noInput,
    access: 'public',
    errors: ['DATA_DIRECTORY_UNAVAILABLE'],
  }),
  'test.returned': defineCall({
    summary: 'returns an expected failure',
    input: noInput,
    output: noInput,
    access: 'public',
    errors: ['NOT_FOUND'],
  }),
  'test.undeclared': defineCall({
    summary: 'fails with a code it does not declare',
    input: noInput,
    output: noInput,
    access: 'public',
    errors: ['NOT_FOUND'],
  }),
  'test.badOutput': defineCall({
    summary: 'breaks its output',
    input: noInput,
    output: z.object({ n: z.number() }),
    access: 'public',
    errors: [],
  }),
};

function testDispatcher(reportBug = vi.fn()) {
  const adminOnly = vi.fn(() => ({ done: true as const }));
  const headOrCounter = vi.fn(() => ({ done: true as const }));
  const dispatcher = createDispatcher(
    testContract,
    {
      'test.echo': ({ n }) => ({ n }),
      'test.adminOnly': adminOnly,
      'test.headOrCounter': headOrCounter,
      'test.bug': () => {
        throw new Error('secret detail at /home/someone/vault.db');
      },
      'test.expected': async () => {
        throw new AppError('DATA_DIRECTORY_UNAVAILABLE', { path: '/media/usb' });
      },
      'test.badOutput': () => ({ n: 'not a number' }) as unknown as { n: number },
      'test.returned': () => fail('NOT_FOUND', { what: { vi: 'phiếu', en: 'contest' } }),
      'test.undeclared': () => {
        throw new AppError('LOGIN_TAKEN', { login: 'lan' });
      },
    },
    reportBug,
  );
  return { dispatcher, adminOnly, headOrCounter, reportBug };
}

function sessionAs(role: Role | null): CallerSession {
  const session = newSession('cli');
  session.user = role ? { id: `user-${role}`, login: role, fullName: role, role } : null;
  return session;
}

describe('dispatcher', () => {
  const useTemp = useTempDirectories();

  it('runs a call whose name, role and input are right', async () => {
    const { dispatcher } = testDispatcher();
    await expect(dispatcher.dispatch('test.echo', { n: 7 }, sessionAs(null))).resolves.toEqual({
      ok: true,
      value: { n: 7 },
    });
  });

  it('refuses unknown calls, including names inherited from Object', async () => {
    const { dispatcher } = testDispatcher();
    for (const name of [
      'test.nothing',
      'toString',
      '__proto__',
      'constructor',
      '',
      42,
      null,
      undefined,
      { toString: 'x' },
    ]) {
      const result = await dispatcher.dispatch(name, {}, sessionAs('admin'));
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(name)).toBe('UNKNOWN_CALL');
    }
  });

  it('refuses malformed input with a typed error in both languages', async () => {
    const { dispatcher } = testDispatcher();
    const result = await dispatcher.dispatch('test.echo', { n: 'seven' }, sessionAs(null));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message.vi).toContain('n: cần một số');
    expect(result.error.message.en).toContain('n: needs a number');
    expect(result.error.fields).toEqual([
      { path: 'n', field: { vi: 'n', en: 'n' }, problem: { vi: 'cần một số', en: 'needs a number' } },
    ]);
  });

  it('refuses wrong roles before the service runs, and anonymous callers of restricted calls', async () => {
    const { dispatcher, adminOnly, headOrCounter } = testDispatcher();
    const expectations: Array<[string, readonly Role[]]> = [
      ['test.adminOnly', ['admin']],
      ['test.headOrCounter', ['head', 'counter']],
    ];
    for (const [name, allowed] of expectations) {
      for (const role of roles) {
        const result = await dispatcher.dispatch(name, {}, sessionAs(role));
        expect(result.ok ? 'allowed' : result.error.code, `${name} as ${role}`).toBe(
          allowed.includes(role) ? 'allowed' : 'FORBIDDEN',
        );
      }
      const anonymous = await dispatcher.dispatch(name, {}, sessionAs(null));
      expect(anonymous.ok ? 'allowed' : anonymous.error.code).toBe('NOT_SIGNED_IN');
    }
    expect(adminOnly).toHaveBeenCalledTimes(1);
    expect(headOrCounter).toHaveBeenCalledTimes(2);
  });

  it('checks the role before reading the input', async () => {
    const { dispatcher } = testDispatcher();
    const result = await dispatcher.dispatch('test.adminOnly', 'garbage', sessionAs('counter'));
    expect(result.ok ? 'ok' : result.error.code).toBe('FORBIDDEN');
  });

  it('passes expected failures on and hides bugs behind INTERNAL without details', async () => {
    const { dispatcher, reportBug } = testDispatcher();
    const expected = await dispatcher.dispatch('test.expected', {}, sessionAs(null));
    expect(expected.ok ? 'ok' : expected.error.code).toBe('DATA_DIRECTORY_UNAVAILABLE');

    const bug = await dispatcher.dispatch('test.bug', {}, sessionAs(null));
    expect(bug.ok ? 'ok' : bug.error.code).toBe('INTERNAL');
    expect(JSON.stringify(bug)).not.toContain('secret detail');
    expect(JSON.stringify(bug)).not.toContain('vault.db');
    expect(reportBug).toHaveBeenCalledWith('test.bug', expect.any(Error));

    const badOutput = await dispatcher.dispatch('test.badOutput', {}, sessionAs(null));
    expect(badOutput.ok ? 'ok' : badOutput.error.code).toBe('INTERNAL');
  });

  it('passes a returned failure on as the call’s typed error, and reports a code the call does not declare', async () => {
    const { dispatcher, reportBug } = testDispatcher();
    const returned = await dispatcher.dispatch('test.returned', {}, sessionAs(null));
    expect(returned).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: { vi: 'Không tìm thấy phiếu.', en: 'No such contest.' } },
    });
    expect(reportBug).not.toHaveBeenCalled();

    // The person still reads why; the declaration is what is wrong, so it is reported as a bug.
    const undeclared = await dispatcher.dispatch('test.undeclared', {}, sessionAs(null));
    expect(undeclared.ok ? 'ok' : undeclared.error.code).toBe('LOGIN_TAKEN');
    expect(reportBug).toHaveBeenCalledWith('test.undeclared', expect.any(UndeclaredError));
  });

  it('never throws, even when the bug reporter itself throws', async () => {
    const { dispatcher } = testDispatcher(
      vi.fn(() => {
        throw new Error('reporter broken');
      }),
    );
    await expect(dispatcher.dispatch('test.bug', {}, sessionAs(null))).resolves.toMatchObject({ ok: false });
  });

  it('never throws past the boundary for any JSON sent to any call of the real contract', async () => {
    const directory = useTemp();
    const core = createCore({ shell: 'cli', dataDirectory: directory, reportBug: () => {} });
    const anyName = fc.oneof(fc.constantFrom(...callNames), fc.string(), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(anyName, fc.jsonValue(), fc.constantFrom(null, ...roles), async (name, input, role) => {
        const result = await core.dispatcher.dispatch(name, input, sessionAs(role));
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          // SHELL_NOT_ALLOWED: this core is the command line's, and some calls are for windows only.
          expect(['UNKNOWN_CALL', 'INVALID_INPUT', 'NOT_SIGNED_IN', 'FORBIDDEN', 'SHELL_NOT_ALLOWED']).toContain(
            result.error.code,
          );
          expect(result.error.message.vi.length).toBeGreaterThan(0);
          expect(result.error.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing when the input is malformed', async () => {
    const directory = useTemp();
    const core = createCore({ shell: 'cli', dataDirectory: directory, reportBug: () => {} });
    const notALanguageChoice = fc
      .jsonValue()
      .filter(
        (value) =>
          !(
            typeof value === 'object' &&
            value !== null &&
            !Array.isArray(value) &&
            ['vi', 'en'].includes((value as { language?: unknown }).language as string) &&
            Object.keys(value).length === 1
          ),
      );
    await fc.assert(
      fc.asyncProperty(notALanguageChoice, async (input) => {
        const result = await core.dispatcher.dispatch('app.setLanguage', input, sessionAs(null));
        expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT');
      }),
      { numRuns: 300 },
    );
    expect(existsSync(preferencesFile(directory))).toBe(false);
  });
});
