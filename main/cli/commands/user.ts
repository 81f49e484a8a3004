import { message } from '../../../shared/i18n/messages';
import { parseArgs } from 'node:util';
import { AppError } from '../../../shared/errors';
import { roles } from '../../../shared/roles';
import { type CliContext, UsageError } from '../cliContext';
import type { CliCommand } from '../command';

async function userIdOf(context: CliContext, login: string): Promise<string> {
  const user = (await context.call('users.list', {})).find((candidate) => candidate.login === login.toLowerCase());
  if (!user) throw new AppError('USER_NOT_FOUND');
  return user.id;
}

function required(value: string | undefined, option: string, context: CliContext): string {
  if (!value) throw new UsageError(context.say(message('cli.user.missing', { option })));
  return value;
}

export const userAddCommand: CliCommand = {
  words: ['user', 'add'],
  usage: message('cli.user.addUsage', { roles: roles.join('|') }),
  async run(args, context) {
    const { values } = parseArgs({
      args: [...args],
      options: { login: { type: 'string' }, 'full-name': { type: 'string' }, role: { type: 'string' } },
      strict: true,
    });
    const login = required(values.login, '--login', context);
    const fullName = required(values['full-name'], '--full-name', context);
    const role = required(values.role, '--role', context);
    if (!(roles as readonly string[]).includes(role)) throw new UsageError(`--role ${roles.join('|')}`);
    await context.signIn();
    const password = await context.newPassword(login);
    const user = await context.call('users.add', { login, fullName, role: role as (typeof roles)[number], password });
    context.stdout.write(`${user.login}\t${user.role}\t${user.id}\n`);
  },
};

export const userRemoveCommand: CliCommand = {
  words: ['user', 'remove'],
  usage: message('cli.user.userRemoveLoginLogin'),
  async run(args, context) {
    const { values } = parseArgs({ args: [...args], options: { login: { type: 'string' } }, strict: true });
    const login = required(values.login, '--login', context);
    await context.signIn();
    await context.call('users.remove', { userId: await userIdOf(context, login) });
  },
};

export const userPasswordCommand: CliCommand = {
  words: ['user', 'passwd'],
  usage: message('cli.user.userPasswdLoginLogin'),
  async run(args, context) {
    const { values } = parseArgs({ args: [...args], options: { login: { type: 'string' } }, strict: true });
    const self = await context.signIn();
    const target = values.login?.toLowerCase() ?? self.login;
    if (target === self.login) {
      const newPassword = await context.newPassword(target);
      await context.call('users.changeOwnPassword', { currentPassword: self.password, newPassword });
      return;
    }
    const userId = await userIdOf(context, target);
    await context.call('users.resetPassword', { userId, password: await context.newPassword(target) });
  },
};
