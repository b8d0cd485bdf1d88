import { useState } from 'react';
import { api } from '../../api/api';
import { useApp } from '../../app-context';
import { ErrorNotice, Notice } from '../../components/notice';
import { useAttempt } from '../../hooks/use-attempt';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, useLocation } from '../../router';

/**
 * Under My bookings: bookings made with the account's address before it existed are not the
 * account's until the mailed link is opened (typing an address proves nothing). This asks for it.
 */
export function GuestBookingsOffer() {
  const { t, user } = useApp();
  const [sent, setSent] = useState(false);
  const { busy, error, attempt } = useAttempt();
  if (!user) return null;
  return (
    <section className="stack" aria-labelledby="guest-bookings">
      <h2 id="guest-bookings">{t('guestBookings.title')}</h2>
      {sent ? (
        <Notice kind="info">{t('guestBookings.sent', { email: user.email })}</Notice>
      ) : (
        <>
          <p className="muted">{t('guestBookings.hint')}</p>
          {error !== null && <ErrorNotice error={error} />}
          <p>
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() =>
                void attempt(async () => {
                  await api.requestGuestBookingsLink();
                  setSent(true);
                })
              }
            >
              {t('guestBookings.request')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

/**
 * The page the mailed link opens: /account/link-bookings?token=…. Adding waits for a click, because
 * mail scanners open links by themselves.
 */
export function LinkGuestBookingsPage() {
  const { t, tn } = useApp();
  const { query } = useLocation();
  const token = query.get('token');
  const [added, setAdded] = useState<number | null>(null);
  const { busy, error, attempt } = useAttempt();
  usePageTitle(t('guestBookings.linkTitle'));
  return (
    <section className="narrow stack">
      <h1>{t('guestBookings.linkTitle')}</h1>
      {!token && <Notice kind="error">{t('confirmEmail.missingToken')}</Notice>}
      {added !== null ? (
        <Notice kind="success">
          <p>{tn('guestBookings.added', added)}</p>
          <Link to="/account/bookings">{t('myBookings.title')}</Link>
        </Notice>
      ) : (
        token && (
          <>
            <p>{t('guestBookings.linkBody')}</p>
            {error !== null && <ErrorNotice error={error} />}
            <p>
              <button
                type="button"
                className="button button-primary"
                disabled={busy}
                onClick={() => void attempt(async () => setAdded((await api.linkGuestBookings(token)).bookings))}
              >
                {t('guestBookings.link')}
              </button>
            </p>
          </>
        )
      )}
    </section>
  );
}
