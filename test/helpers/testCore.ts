import type { Role } from '../../shared/roles';
import { createCore, type Core, type CoreOptions } from '../../main/core/createCore';
import { simulatedAirGapProbe } from '../../main/app/airGapProbe';
import type { CallerSession } from '../../main/base/handlers';
import type { AppCallResult, CallInput, CallName, CallOutput } from '../../shared/contract';
import { reportBugForTests } from './reportedBugs';
import { adminPassword, fastScrypt } from './testVault';

export interface TestClient {
  readonly session: CallerSession;
  call<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<AppCallResult<Name>>;
  /** Calls and expects success; fails the test with the error otherwise. */
  ok<Name extends CallName>(name: Name, input: CallInput<Name>): Promise<CallOutput<Name>>;
  /** Calls and returns the error code (or 'ok'). */
  code<Name extends CallName>(name: Name, input: unknown): Promise<string>;
}

export function clientOf(core: Core, session: CallerSession = core.openSession('cli')): TestClient {
  const call = async <Name extends CallName>(name: Name, input: unknown) =>
    (await core.dispatcher.dispatch(name, input, session)) as AppCallResult<Name>;
  return {
    session,
    call,
    async ok(name, input) {
      const result = await call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message.en}`);
      return result.value;
    },
    async code(name, input) {
      const result = await call(name, input);
      return result.ok ? 'ok' : result.error.code;
    },
  };
}

/** Adds a user (password "mật khẩu <login>") and returns a client of the same core signed in as them. */
export async function signedInUser(
  core: Core,
  admin: TestClient,
  user: { login: string; fullName: string; role: Role },
): Promise<TestClient> {
  const password = `mật khẩu ${user.login}`;
  await admin.ok('users.add', { ...user, password });
  const client = clientOf(core);
  await client.ok('session.signIn', { login: user.login, password });
  return client;
}

/** What a test may choose of the core: the shell it stands for, where its built renderer is, its air-gap check. */
export type TestCoreOptions = Partial<Pick<CoreOptions, 'shell' | 'bundleDirectory' | 'pdfPrinter' | 'airGap'>>;

// The machine running the tests may well be online (CI is): a test core is offline unless a test says otherwise.
const offline = { probe: simulatedAirGapProbe(false) };

const testCore = (dataDirectory: string, options: TestCoreOptions = {}) =>
  createCore({
    shell: 'cli',
    dataDirectory,
    scryptCost: fastScrypt,
    reportBug: reportBugForTests,
    airGap: offline,
    ...options,
  });

/** A core over a fresh vault, with its first administrator signed in. */
export async function coreWithVault(dataDirectory: string, options: TestCoreOptions = {}) {
  const core = testCore(dataDirectory, options);
  const admin = clientOf(core);
  const created = await admin.ok('vault.create', {
    vaultName: 'Ban Tuyên giáo Quận ủy Long Biên',
    admin: { login: 'quantri', fullName: 'Nguyễn Văn Quản', password: adminPassword },
  });
  return { core, admin, recoveryKey: created.recoveryKey };
}

/** A new core over an existing vault (after the last one shut down), with the administrator signed in. */
export async function reopenedCore(dataDirectory: string, options: TestCoreOptions = {}) {
  const core = testCore(dataDirectory, options);
  const admin = clientOf(core);
  await admin.ok('session.signIn', { login: 'quantri', password: adminPassword });
  return { core, admin };
}
