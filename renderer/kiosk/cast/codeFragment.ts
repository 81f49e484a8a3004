/** What a slip's QR code may carry after the '#': a code as printed (ABCDE-FGHJK), or near it. */
const codeLike = /^[A-Za-z0-9-]{1,40}$/;

/**
 * The code in the page's address, if one came (a phone scanned the slip's QR), taken out of the
 * address at once: replaced, not pushed, so neither the address bar nor the history keeps it.
 * The fragment never reaches the network; this keeps it off the screen and the phone as well.
 */
export function takeCodeFromFragment(location: Location = window.location, history: History = window.history): string {
  if (!location.hash) return '';
  let fragment = '';
  try {
    fragment = decodeURIComponent(location.hash.slice(1)).trim();
  } catch {
    // A malformed escape: no code, and the fragment goes all the same.
  }
  history.replaceState(null, '', location.pathname);
  return codeLike.test(fragment) ? fragment.toUpperCase() : '';
}
