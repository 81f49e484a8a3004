/** The renderer is served from a privileged custom scheme, never from file:// or the network. */
export const appScheme = 'app';
export const appHost = 'kiem-phieu';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/** True only for a URL of the app's own bundle; everything else is cancelled or refused. */
export function isOwnBundleUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === ''
    );
  } catch {
    return false;
  }
}
