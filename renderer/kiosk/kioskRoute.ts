/**
 * The kiosk's address: #/kiosk/<campaign>/<unit>. It stands outside the app's frame (no menus,
 * no navigation) and, once open, holds the window until the head's password lets it go.
 */
export interface KioskRoute {
  readonly campaignId: string;
  readonly unitId: string;
}

export function kioskRouteFromHash(hash: string): KioskRoute | null {
  const match = /^#\/kiosk\/([^/]+)\/([^/]+)\/?$/.exec(hash);
  return match ? { campaignId: match[1]!, unitId: match[2]! } : null;
}

export function kioskHash({ campaignId, unitId }: KioskRoute): string {
  return `#/kiosk/${campaignId}/${unitId}`;
}

/**
 * Full screen where the browser allows it: only in a user's gesture (a click, a key), so it is
 * asked on opening the kiosk and again at each voter's start; without one it is not asked.
 */
export function requestKioskFullscreen(): void {
  if (!document.fullscreenEnabled || document.fullscreenElement) return;
  if (!navigator.userActivation.isActive) return;
  void document.documentElement.requestFullscreen().catch(() => undefined);
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/**
 * From the desk to the kiosk, in the click's own gesture so that full screen is allowed. This is
 * an ordinary step from the desk (browser Back then lands on the desk's entry, in this same
 * page, where the kiosk puts its own address back); inside the kiosk nothing adds an entry.
 */
export function openKiosk(route: KioskRoute): void {
  requestKioskFullscreen();
  window.location.hash = kioskHash(route);
}
