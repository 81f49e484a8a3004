import { useEffect, useState } from 'react';
import { areaFromHash, areas, type AreaId } from './areas';

/** The area named in the address (#/counting), following back/forward and Alt+number. */
export function useCurrentArea(): AreaId {
  const [current, setCurrent] = useState<AreaId>(() => areaFromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setCurrent(areaFromHash(window.location.hash));
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

  return current;
}
