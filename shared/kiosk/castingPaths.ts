/**
 * The whole surface of the hall network's listener (issue 19, point 2): the casting page and its
 * two calls. The listener fills in the conference itself; a phone sends only the code (and, to
 * cast, the ballots), and every answer is a CallResult like the app's own calls.
 */
export const castingPaths = {
  /** POST {code}: the unit's forms, as kiosk.ballotPaper. */
  ballotPaper: '/cast/paper',
  /** POST {code, ballots}: cast and burn the code, as kiosk.cast. */
  cast: '/cast/ballots',
} as const;

/** The page a phone opens; a code may follow in the fragment (#ABCDE-FGHJK), which never reaches the network. */
export const castingPageEntry = 'cast.html';

/** An address and port as a URL's host: an IPv6 address goes in brackets. */
export const castingHost = (address: string, port: number): string =>
  `${address.includes(':') ? `[${address}]` : address}:${port}`;
