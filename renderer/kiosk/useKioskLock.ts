import { useCallback, useEffect, useRef, useState } from 'react';
import { deskPlaces } from '../counting/deskPlaces';
import { kioskHash, kioskRouteFromHash, leaveFullscreen, type KioskRoute } from './kioskRoute';

/** Keys that would move the page elsewhere: the browser's back and forward, and the areas' Alt+number. */
function leavesThePage(event: KeyboardEvent): boolean {
  if (event.key === 'BrowserBack' || event.key === 'BrowserForward') return true;
  if (event.altKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) return true;
  return event.altKey && !event.ctrlKey && /^(?:Digit|Numpad)[0-9]$/.test(event.code);
}

/**
 * Whether the window is held by the kiosk. Entered by its address; once in, any other address
 * (back, forward, a typed hash) is put back at once with replaceState — never a new history
 * entry — and only `leave` (after the head's password) lets go, to the unit's desk page.
 */
export function useKioskLock() {
  const [route, setRoute] = useState<KioskRoute | null>(() => kioskRouteFromHash(window.location.hash));
  const held = useRef(route);

  useEffect(() => {
    const onAddressChange = () => {
      const current = held.current;
      if (!current) {
        const entered = kioskRouteFromHash(window.location.hash);
        held.current = entered;
        if (entered) setRoute(entered);
        return;
      }
      if (window.location.hash !== kioskHash(current)) window.history.replaceState(null, '', kioskHash(current));
    };
    window.addEventListener('hashchange', onAddressChange);
    window.addEventListener('popstate', onAddressChange);
    return () => {
      window.removeEventListener('hashchange', onAddressChange);
      window.removeEventListener('popstate', onAddressChange);
    };
  }, []);

  useEffect(() => {
    if (!route) return;
    // Before the screens see the key (capture), so the areas' shortcuts never fire under the kiosk.
    const onKeyDown = (event: KeyboardEvent) => {
      if (!leavesThePage(event)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    // Leaving the page itself (reload, another address, closing the window) is refused while held.
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [route]);

  const leave = useCallback(() => {
    const current = held.current;
    held.current = null;
    leaveFullscreen();
    if (current) window.location.replace(deskPlaces(current.campaignId).unit(current.unitId));
    setRoute(null);
  }, []);

  return { route, leave };
}
