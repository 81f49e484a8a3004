import { message } from '../../../shared/i18n/messages';
import { AppError } from '../../../shared/errors';
import { roles } from '../../../shared/roles';
import type { CliContext } from '../cliContext';
import { UsageError } from '../commandLine';
import type { CliCommand } from '../command';

async function userIdOf(context: CliContext, login: string): Promise<string> {
  const user = (await context.call('users.list', {})).find((candidate) => candidate.login === login.toLowerCase());
  if (!user) throw new AppError('USER_NOT_FOUND');
  return user.id;
}

function required(value: string | boolean | undefined, option: string): string {
  if (typeof value !== 'string' || value === '') throw new UsageError(message('cli.user.missing', { option }));
  return value;
}

export const userAddCommand: CliCommand = {
  words: ['user', 'add'],
  usage: message('cli.user.addUsage', { roles: roles.join('|') }),
  options: { login: { type: 'string' }, 'full-name': { type: 'string' }, role: { type: 'string' } },
  vault: 'present',
  signsIn: true,
  calls: ['users.add'],
  check(values) {
    required(values.login, '--login');
    required(values['full-name'], '--full-name');
    if (!(roles as readonly string[]).includes(required(values.role, '--role')))
      throw new UsageError(message('cli.user.roleOneOf', { roles: roles.join('|') }));
  },
  async run(values, context) {
    const login = required(values.login, '--login');
    const fullName = required(values['full-name'], '--full-name');
    const role = required(values.role, '--role');
    const password = await context.newPassword(login);
    const user = await context.call('users.add', { login, fullName, role: role as (typeof roles)[number], password });
    context.stdout.write(`${user.login}\t${user.role}\t${user.id}\n`);
  },
};

export const userRemoveCommand: CliCommand = {
  words: ['user', 'remove'],
  usage: message('cli.user.userRemoveLoginLogin'),
  options: { login: { type: 'string' } },
  vault: 'present',
  signsIn: true,
  calls: ['users.list', 'users.remove'],
  check: (values) => void required(values.login, '--login'),
  async run(values, context) {
    const login = required(values.login, '--login');
    await context.call('users.remove', { userId: await userIdOf(context, login) });
  },
};

export const userPasswordCommand: CliCommand = {
  words: ['user', 'passwd'],
  usage: message('cli.user.userPasswdLoginLogin'),
  options: { login: { type: 'string' } },
  vault: 'present',
  signsIn: true,
  // Another user's password is reset by an administrator; one's own is changed by anyone.
  calls: (values) => (values.login ? ['users.list', 'users.resetPassword'] : ['users.changeOwnPassword']),
  async run(values, context) {
    const self = context.signedIn!;
    const target = typeof values.login === 'string' ? values.login.toLowerCase() : self.login;
    if (target === self.login) {
      const newPassword = await context.newPassword(target);
      await context.call('users.changeOwnPassword', { currentPassword: self.password, newPassword });
      return;
    }
    const userId = await userIdOf(context, target);
    await context.call('users.resetPassword', { userId, password: await context.newPassword(target) });
  },
};
