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
  if (!value) throw new UsageError(context.say({ vi: `thiếu ${option}`, en: `missing ${option}` }));
  return value;
}

export const userAddCommand: CliCommand = {
  words: ['user', 'add'],
  usage: {
    vi: `user add --login ĐĂNG_NHẬP --full-name HỌ_TÊN --role ${roles.join('|')}   thêm người dùng (cần --user quản trị)`,
    en: `user add --login LOGIN --full-name FULL_NAME --role ${roles.join('|')}   add a user (needs an admin --user)`,
  },
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
  usage: {
    vi: 'user remove --login ĐĂNG_NHẬP                xóa người dùng (cần --user quản trị)',
    en: 'user remove --login LOGIN                    remove a user (needs an admin --user)',
  },
  async run(args, context) {
    const { values } = parseArgs({ args: [...args], options: { login: { type: 'string' } }, strict: true });
    const login = required(values.login, '--login', context);
    await context.signIn();
    await context.call('users.remove', { userId: await userIdOf(context, login) });
  },
};

export const userPasswordCommand: CliCommand = {
  words: ['user', 'passwd'],
  usage: {
    vi: 'user passwd [--login ĐĂNG_NHẬP]              đổi mật khẩu của mình, hoặc (quản trị) đặt lại cho người khác',
    en: 'user passwd [--login LOGIN]                  change your password, or (admin) reset someone else’s',
  },
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
