import { useEffect, useState } from 'react';
import { areas, routeFromHash, type Route } from './areas';

/** The place named in the address (#/administration/users), following back/forward and Alt+number. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash));
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      // The physical key, so that Alt+1 works whatever the keyboard layout types for it.
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
      const area = digit ? areas[Number(digit) - 1] : undefined;
      if (!area) return;
      event.preventDefault();
      window.location.hash = `#/${area.id}`;
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);

  return route;
}
