/** Moves to another place of the app (#/campaigns/<id> …); the router follows the address. */
export function navigate(hash: string): void {
  window.location.hash = hash;
}
