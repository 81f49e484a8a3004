import { callNamePattern } from '../../../shared/contract/callName';

/**
 * A sandboxed preload cannot import the contract, so the main process hands it the call
 * names on the renderer's command line (webPreferences.additionalArguments).
 */
export const callNamesArgumentPrefix = '--kiem-phieu-calls=';

export function callNamesArgument(callNames: readonly string[]): string {
  return `${callNamesArgumentPrefix}${callNames.join(',')}`;
}

export function callNamesFromArguments(argv: readonly string[]): string[] {
  const argument = argv.find((candidate) => candidate.startsWith(callNamesArgumentPrefix));
  if (!argument) return [];
  return argument
    .slice(callNamesArgumentPrefix.length)
    .split(',')
    .filter((name) => callNamePattern.test(name));
}
