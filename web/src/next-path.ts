/** Pages that make no sense to come back to once signed in. */
const SIGNING_PAGES = ['/sign-', '/forgot-password', '/reset-password'];

const HERE = 'http://slotwise.invalid';

/**
 * A local path to go to after signing in; anything else (another site, a signing page) is ignored.
 * The path is read as a browser reads it, where `/\\evil.example` and `/<tab>/evil.example` are another
 * site, and what is gone to is that reading, never the raw text.
 */
export function safeNext(next: string | null): string | null {
  if (!next?.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return null;
  }
  if (url.origin !== HERE) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return SIGNING_PAGES.some((page) => path.startsWith(page)) ? null : path;
}

/** The sign-in page's address from `here`, which it returns to unless it is a signing page. */
export const signInFrom = (here: string): string => {
  const next = safeNext(here);
  return next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
};
