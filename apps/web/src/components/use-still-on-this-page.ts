import { useCallback } from 'react';
import { useLocation } from 'react-router';

/**
 * Whether the browser is still on the page this component is rendered for. After a click on a
 * link to a lazily loaded page, React keeps the old page on screen until the new one has loaded,
 * but the history entry has already changed: work a timer does for the old page (a debounced
 * search writing the URL) must not run then. The browser router keeps the location's key in
 * `history.state`; a memory router (tests) keeps none, and is always "still here".
 */
export function useStillOnThisPage(): () => boolean {
  const { key } = useLocation();
  return useCallback(() => {
    const current = (window.history.state as { key?: string } | null)?.key;
    return current === undefined || current === key;
  }, [key]);
}
