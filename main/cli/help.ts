import type { Language } from '../../shared/i18n/language';
import { say } from '../../shared/i18n/messages';
import type { CliCommand } from './command';
import { commands } from './commands';

/** The whole command list: what `kiem-phieu --help` prints. */
export function generalUsage(language: Language): string {
  return (
    `${say(language, 'cli.help.usage')}\n${say(language, 'cli.help.globals')}\n\n${say(language, 'cli.help.commands')}\n` +
    commands.map((command) => `  ${command.usage[language]}\n`).join('')
  );
}

/** One command: its line, its own options, and the global ones. */
export function commandHelp(command: CliCommand, language: Language): string {
  const options = Object.entries(command.options).map(([name, option]) =>
    option.type === 'string' ? `--${name} ${say(language, 'cli.help.value')}` : `--${name}`,
  );
  return (
    `${say(language, 'cli.help.usageOf')} kiem-phieu ${command.usage[language]}\n` +
    (options.length > 0 ? `${say(language, 'cli.help.options')} ${options.join(', ')}\n` : '') +
    `${say(language, 'cli.help.globals')}\n`
  );
}
