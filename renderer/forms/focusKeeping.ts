import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Focus goes back to the button that opened something (a form, a question) once it closes, so a
 * keyboard user stays where they were instead of landing at the top of the page.
 */
export function useReturnFocus<T extends HTMLElement>() {
  const opener = useRef<T>(null);
  const [returning, setReturning] = useState(false);
  useEffect(() => {
    if (!returning || !opener.current) return;
    opener.current.focus();
    setReturning(false);
  }, [returning]);
  const returnFocus = useCallback(() => setReturning(true), []);
  return { opener, returnFocus };
}

/**
 * When what had the focus disappears (a form that closed after saving, a question answered, a
 * list that loaded again), the focus goes to the nearest surviving place marked
 * `data-focus-home` around it (a contest's card, its reconciliation) instead of the page's top.
 * A mouse press forgets the place: clicking somewhere empty is not lost focus.
 */
export function useFocusKept(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let home: HTMLElement | null = null;
    const remember = (event: FocusEvent) => {
      home = (event.target as HTMLElement).closest<HTMLElement>('[data-focus-home]');
    };
    const forget = () => {
      home = null;
    };
    const observer = new MutationObserver(() => {
      const active = document.activeElement;
      if ((active === null || active === document.body) && home?.isConnected) home.focus();
    });
    root.addEventListener('focusin', remember);
    root.addEventListener('mousedown', forget);
    observer.observe(root, { childList: true, subtree: true });
    return () => {
      root.removeEventListener('focusin', remember);
      root.removeEventListener('mousedown', forget);
      observer.disconnect();
    };
  }, [container]);
}
