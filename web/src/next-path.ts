/** Pages that make no sense to come back to once signed in. */
const SIGNING_PAGES = ['/sign-', '/forgot-password', '/reset-password'];

/** A local path to go to after signing in; anything else (another site, a signing page) is ignored. */
export function safeNext(next: string | null): string | null {
  return next?.startsWith('/') && !next.startsWith('//') && !SIGNING_PAGES.some((page) => next.startsWith(page))
    ? next
    : null;
}

/** The sign-in page's address from `here`, which it returns to unless it is a signing page. */
export const signInFrom = (here: string): string => {
  const next = safeNext(here);
  return next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
};
