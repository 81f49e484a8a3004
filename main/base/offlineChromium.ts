/**
 * How every Chromium the app starts is kept off the network: the app window of the browser
 * shell, the PDF printer's headless Chromium, the end-to-end tests' browser, and (where its
 * Chromium knows them) the Electron shell. One list, so the three cannot drift apart.
 *
 * Measured under `strace -f` (test/main/shells/noNetwork.test.ts): a short session sent 124 DNS
 * queries (accounts.google.com, www.google.com, android.clients.google.com, clients2.google.com)
 * and 16 IPv6 route probes from the two Chromiums; with these, none.
 */

/**
 * Every host name resolves to "not found" without a lookup, except the shell's own loopback
 * address: whatever a background service of the browser asks for fails inside the browser,
 * before a DNS query or a connection. This one switch is what stops every query measured; the
 * others stop the requests behind them from being made at all.
 */
export const hostResolverRules = 'MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

/**
 * Switches for any Chromium-family browser (unknown ones are ignored by the browser). Beside the
 * resolver rules, each either stopped a request measured in Chromium's net log without them, or
 * guards one that a short headless session cannot show (said which).
 */
export const offlineChromiumSwitches: readonly string[] = [
  `--host-resolver-rules=${hostResolverRules}`,
  // Measured: a spell-check dictionary from redirector.gvt1.com at start.
  '--disable-sync',
  // Measured: component update checks to update.googleapis.com about a minute after start.
  '--disable-component-update',
  // Measured: Safe Browsing list updates from safebrowsing.googleapis.com a minute or two after start.
  '--disable-background-networking',
  // No proxy auto-detection (a WPAD lookup) and no system proxy between the window and 127.0.0.1.
  '--no-proxy-server',
  // Every launch has a fresh profile: no first-run or default-browser pages and dialogs.
  '--no-first-run',
  '--no-default-browser-check',
  // Debian's launcher loads the extensions installed on the system; none runs in the app.
  '--disable-extensions',
  '--disable-default-apps',
  // No crash report uploaded after a crash, no hyperlink-auditing ping.
  '--disable-breakpad',
  '--no-pings',
  // Chromium builds switch experiments on from a testing configuration; the app runs without them.
  '--disable-field-trial-config',
];

/**
 * Features switched off. Measured in Chromium's net log: DNS over HTTPS upgraded to dns.google
 * where the system resolver is a public one (63 requests in 30 s), the network time query to
 * clients2.google.com, the AI-mode eligibility query and the search engine preconnect to
 * www.google.com, optimization hints and models from optimizationguide-pa.googleapis.com. Not
 * shown by a headless session: casting discovery (multicast on the local network, which no
 * resolver rule stops), translation of a page, autofill's server queries on a form.
 */
export const offlineDisabledFeatures: readonly string[] = [
  'DnsOverHttpsUpgrade',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'OptimizationHints',
  'MediaRouter',
  'Translate',
  'AutofillServerCommunication',
];

/**
 * The one --disable-features switch: Chromium keeps only the last of several, so a launcher
 * that adds its own (Playwright does) must pass them all in one.
 */
export function disableFeaturesSwitch(...lists: ReadonlyArray<readonly string[]>): string {
  return `--disable-features=${[...new Set(lists.flat())].join(',')}`;
}
