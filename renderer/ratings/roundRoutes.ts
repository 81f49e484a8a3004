/** The address of a part of a round's page (#/ratings/rounds/<roundId>/<part>), and of what is chosen in it. */
export function roundHref(roundId: string, part = 'entries', ...rest: string[]): string {
  return ['#/ratings/rounds', roundId, part, ...rest].join('/');
}
