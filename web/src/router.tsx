import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/*
 * A small router on the History API: the app has a handful of pages, and every URL must also
 * work when opened directly (the server answers index.html for them).
 */

const NAVIGATED = 'slotwise:navigated';

/*
 * An organisation's own address: the app opened at /o/{slug}/… serves that organisation (the API
 * calls carry X-Org: {slug}) and keeps the prefix on every link, so pages match paths without it.
 * The root keeps serving the default organisation. Decided once per page load.
 */
const ORG_PREFIX = /^\/o\/([a-z0-9][a-z0-9-]{1,62})(?=\/|$)/;
const prefixMatch = ORG_PREFIX.exec(window.location.pathname);
/** The organisation named by the address (`/o/{slug}/`), or null at the root. */
export const orgFromPath: string | null = prefixMatch?.[1] ?? null;
const base = prefixMatch?.[0] ?? '';

/** An app path ("/classes/1") as the browser's address, with the organisation's prefix. */
export const withBase = (to: string): string => (to.startsWith('/') && !to.startsWith('//') ? base + to : to);

/** Goes to `to`; `state` stays with that history entry, also across a reload of the page. */
export function navigate(
  to: string,
  { replace = false, state = null }: { replace?: boolean; state?: unknown } = {},
): void {
  if (replace) window.history.replaceState(state, '', withBase(to));
  else window.history.pushState(state, '', withBase(to));
  window.dispatchEvent(new Event(NAVIGATED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const currentUrl = () => (window.location.pathname.slice(base.length) || '/') + window.location.search;

/** The current path and query; components re-render when they change. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const parsed = new URL(url, window.location.origin);
  return { path: parsed.pathname, query: parsed.searchParams };
}

/** Matches "/classes/:classId" against a path; the parameters, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const names: string[] = [];
  const source = pattern.replace(/:(\w+)/g, (_match, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  const match = new RegExp(`^${source}/?$`).exec(path);
  if (!match) return null;
  return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]));
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link that changes the page without reloading it. */
export function Link({ to, onClick, ...props }: LinkProps) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    navigate(to);
  };
  return <a href={withBase(to)} onClick={follow} {...props} />;
}
