import { describe, expect, it } from 'vitest';
import { callNames, contract } from '../../../shared/contract';
import { roles, type Role } from '../../../shared/roles';
import { clientOf, coreWithVault } from '../../helpers/testCore';
import { useTempDirectories } from '../../helpers/tempDirectory';

describe('role matrix', () => {
  const temp = useTempDirectories();

  it('every call × every role is allowed or refused exactly as the contract says', async () => {
    const { core, admin } = await coreWithVault(temp());
    const clients = new Map<Role | 'anonymous', ReturnType<typeof clientOf>>([
      ['admin', admin],
      ['anonymous', clientOf(core)],
    ]);
    for (const role of roles.filter((candidate) => candidate !== 'admin')) {
      await admin.ok('users.add', {
        login: `nguoi-${role}`,
        fullName: `Người ${role}`,
        role,
        password: `mật khẩu ${role}`,
      });
      const client = clientOf(core);
      await client.ok('session.signIn', { login: `nguoi-${role}`, password: `mật khẩu ${role}` });
      clients.set(role, client);
    }

    // An unknown field makes every input invalid, so an allowed call stops at the schema and changes nothing.
    const probe = { roleMatrixProbe: true };
    const outcomes: string[] = [];
    for (const name of callNames) {
      const { access, shells } = contract[name];
      // A call for the app's windows only stops at the shell for a role allowed it (these clients are the CLI's).
      const allowedHere = shells && !shells.includes('cli') ? 'SHELL_NOT_ALLOWED' : 'INVALID_INPUT';
      for (const [who, client] of clients) {
        const code = await client.code(name, probe);
        const expected =
          access === 'public'
            ? 'INVALID_INPUT'
            : who === 'anonymous'
              ? 'NOT_SIGNED_IN'
              : access.includes(who)
                ? allowedHere
                : 'FORBIDDEN';
        outcomes.push(`${name} as ${who}: ${code === expected ? 'as expected' : `${code}, expected ${expected}`}`);
      }
    }
    expect(outcomes.filter((line) => !line.endsWith('as expected'))).toEqual([]);
    expect(outcomes.length).toBe(callNames.length * (roles.length + 1));
    core.shutdown();
  });
});
