import { type FormEvent, useEffect, useRef, useState } from 'react';
import { newIdempotencyKey } from '../../api/api';
import { ApiError, type Checkout as CardCheckout, type ClassItem } from '../../api/client';
import { type WaitlistEntry, waitlistApi } from '../../api/waitlist-api';
import { useApp } from '../../app-context';
import { When } from '../../components/class-bits';
import { Field } from '../../components/field';
import { HoldCountdown } from '../../components/hold-countdown';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { formatMoney } from '../../format';
import { ZoneToggle, useShownTimes } from '../../time-zone';
import { useLoad } from '../../hooks/use-load';
import { usePageTitle } from '../../hooks/use-page-title';
import { Link, navigate } from '../../router';
import { CardPayment } from './card-payment';
import { PaymentStep, defaultChoice, paymentChoices, type PaymentChoice } from './payment-step';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** On a full class's page: join its waitlist (a guest's name and email, or one click when signed in). */
export function JoinWaitlist({ cls }: { cls: ClassItem }) {
  const { user, locale, t } = useApp();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState<WaitlistEntry | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!user) {
      if (!name.trim()) found['guest.name'] = t('form.required');
      if (!EMAIL.test(email.trim())) found['guest.email'] = t('form.email');
    }
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(null);
    try {
      setJoined(await waitlistApi.join(cls.id, user ? undefined : { name: name.trim(), email: email.trim(), locale }));
    } catch (failure) {
      setProblems(serverFieldErrors(failure));
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  if (joined?.url) {
    return (
      <Notice kind="success">
        {t('waitlist.joined', { place: String(joined.place ?? 1) })}{' '}
        <Link to={new URL(joined.url).pathname}>{t('waitlist.seePlace')}</Link>
      </Notice>
    );
  }
  return (
    <form className="checkout" onSubmit={submit} noValidate aria-labelledby="waitlist-title">
      <h2 id="waitlist-title">{t('waitlist.title')}</h2>
      <p>{t('waitlist.explain')}</p>
      {!user && (
        <>
          <Field label={t('checkout.name')} error={problems['guest.name']}>
            {(control) => (
              <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
            )}
          </Field>
          <Field label={t('checkout.email')} error={problems['guest.email']}>
            {(control) => (
              <input
                {...control}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="email"
              />
            )}
          </Field>
        </>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('waitlist.join')}
      </button>
    </form>
  );
}

/** The page of a place on a waitlist (the link in its mails): the place, or the offer to claim; leave. */
export function WaitlistPage({ token }: { token: string }) {
  const { t } = useApp();
  const loaded = useLoad(() => waitlistApi.entry(token), [token]);
  const entry = loaded.data;
  usePageTitle(entry?.class.title ?? t('waitlist.title'));
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const leave = async () => {
    setLeaving(true);
    setError(null);
    try {
      await waitlistApi.leave(token);
      loaded.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setLeaving(false);
    }
  };

  if (loaded.error !== null) return <ErrorNotice error={loaded.error} />;
  if (!entry) return <p>{t('app.loading')}</p>;
  const live = entry.status === 'waiting' || entry.status === 'offered';
  return (
    <article className="class-page">
      <h1>{entry.class.title}</h1>
      <dl className="facts">
        <dt>{t('class.when')}</dt>
        <dd>
          <When item={entry.class} />
        </dd>
        {entry.class.location && (
          <>
            <dt>{t('class.where')}</dt>
            <dd>{entry.class.location}</dd>
          </>
        )}
      </dl>
      <ZoneToggle zones={[entry.class.timeZone]} />
      {entry.status === 'waiting' && (
        <Notice kind="info">{t('waitlist.place', { place: String(entry.place ?? 1) })}</Notice>
      )}
      {entry.status === 'offered' && <ClaimOffer entry={entry} token={token} onRefused={loaded.reload} />}
      {entry.status === 'claimed' && <Notice kind="success">{t('waitlist.claimed')}</Notice>}
      {entry.status === 'lapsed' && <Notice kind="warning">{t('waitlist.lapsed')}</Notice>}
      {entry.status === 'left' && <Notice kind="info">{t('waitlist.left')}</Notice>}
      {entry.status === 'closed' && <Notice kind="info">{t('waitlist.closed')}</Notice>}
      {(entry.status === 'lapsed' || entry.status === 'left') && (
        <p>
          <Link to={`/classes/${entry.class.id}`} className="button">
            {t('waitlist.joinAgain')}
          </Link>
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      {live && (
        <p>
          <button className="button button-quiet" type="button" onClick={leave} disabled={leaving}>
            {entry.status === 'offered' ? t('waitlist.decline') : t('waitlist.leave')}
          </button>
        </p>
      )}
    </article>
  );
}

/**
 * The one-click leave from a waitlist mail. Opening the link (a GET, which a mail scanner may fetch ahead
 * of the reader) changes nothing; this page posts the leave itself once it runs, then says so.
 */
export function LeaveWaitlistPage({ token }: { token: string }) {
  const { t } = useApp();
  const [entry, setEntry] = useState<WaitlistEntry | null>(null);
  const [error, setError] = useState<unknown>(null);
  const sent = useRef(false);
  usePageTitle(t('waitlist.leave'));

  useEffect(() => {
    // Once per page, even when React runs effects twice in development.
    if (sent.current) return;
    sent.current = true;
    waitlistApi.leave(token).then(setEntry, setError);
  }, [token]);

  if (error !== null) return <ErrorNotice error={error} />;
  if (!entry) return <p role="status">{t('waitlist.leaving')}</p>;
  return (
    <article className="class-page">
      <h1>{entry.class.title}</h1>
      <dl className="facts">
        <dt>{t('class.when')}</dt>
        <dd>
          <When item={entry.class} />
        </dd>
      </dl>
      {entry.status === 'claimed' ? (
        <Notice kind="info">{t('waitlist.claimed')}</Notice>
      ) : (
        <Notice kind="success">{t('waitlist.left')}</Notice>
      )}
      {entry.status !== 'claimed' && entry.status !== 'closed' && (
        <p>
          <Link to={`/classes/${entry.class.id}`} className="button">
            {t('waitlist.joinAgain')}
          </Link>
        </p>
      )}
    </article>
  );
}

/** The offered spot, held with a countdown: claimed through the normal checkout's payment choices. */
function ClaimOffer({ entry, token, onRefused }: { entry: WaitlistEntry; token: string; onRefused(): void }) {
  const { org, locale, t } = useApp();
  const times = useShownTimes();
  const price = { amount: entry.class.priceAmount, currency: entry.class.currency };
  const choices = paymentChoices(price, org);
  const [chosen, setChosen] = useState<PaymentChoice | undefined>();
  const payment = chosen && choices.includes(chosen) ? chosen : defaultChoice(choices);
  const [card, setCard] = useState<{ checkout: CardCheckout; token: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(newIdempotencyKey());

  const claim = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await waitlistApi.claim(
        token,
        payment && payment !== 'free' && payment !== 'credits' ? { paymentMethod: payment } : {},
        key.current,
      );
      const checkout = created.payment;
      if (checkout?.method === 'card' && checkout.status === 'pending' && created.manageToken) {
        setCard({ checkout, token: created.manageToken });
      } else if (created.manageToken) {
        navigate(`/manage/${created.manageToken}?booked=new`, { state: checkout ? { checkout } : null });
      } else {
        onRefused();
      }
    } catch (failure) {
      if (!(failure instanceof ApiError && failure.code === 'network_error')) key.current = newIdempotencyKey();
      setError(failure);
      if (failure instanceof ApiError && failure.code.startsWith('waitlist_')) onRefused();
    } finally {
      setBusy(false);
    }
  };

  if (card) {
    // The claim is a booking now: starting again is done from its manage page (pay another way, or cancel).
    return (
      <CardPayment
        checkout={card.checkout}
        token={card.token}
        what="spots"
        timeZone={entry.class.timeZone}
        onStartAgain={() => navigate(`/manage/${card.token}`)}
      />
    );
  }
  return (
    <form className="checkout" onSubmit={claim} noValidate aria-labelledby="claim-title">
      <h2 id="claim-title">{t('waitlist.offerTitle')}</h2>
      {entry.offerExpiresAt ? (
        <>
          <p>
            {t('waitlist.offerUntil', {
              time: times.named(entry.offerExpiresAt, 'dateTime', entry.class.timeZone),
            })}
          </p>
          <HoldCountdown until={entry.offerExpiresAt} onExpired={onRefused} />
        </>
      ) : (
        <p>{t('waitlist.offerHeld')}</p>
      )}
      <p>
        {t('class.price')}: {price.amount === 0 ? t('class.free') : formatMoney(price, locale)}
      </p>
      {payment && payment !== 'free' && choices.length > 1 && (
        <PaymentStep choices={choices} value={payment} onChange={(choice) => setChosen(choice)} />
      )}
      {error !== null && <ErrorNotice error={error} />}
      {error instanceof ApiError && error.code === 'unauthenticated' && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(`/waitlist/${token}`)}`}>{t('nav.signIn')}</Link>
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={busy || !payment}>
        {t('waitlist.claim')}
      </button>
    </form>
  );
}

/** A signed-in customer's places in line, on My bookings. */
export function MyWaitlist() {
  const { t } = useApp();
  const loaded = useLoad(() => waitlistApi.mine(), []);
  const entries = loaded.data ?? [];
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="my-waitlist">
      <h2 id="my-waitlist">{t('waitlist.mine')}</h2>
      <ul className="booking-list">
        {entries.map((entry) => (
          <li key={entry.id} className="card">
            <h3>{entry.class.title}</h3>
            <p>
              <When item={entry.class} />
            </p>
            <p>
              {entry.status === 'offered'
                ? t('waitlist.offerTitle')
                : t('waitlist.place', { place: String(entry.place ?? 1) })}{' '}
              {entry.url && <Link to={new URL(entry.url).pathname}>{t('waitlist.seePlace')}</Link>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Staff, on a class's page: who waits and who has an offer, first in line first. */
export function ClassWaitlist({ classId, timeZone }: { classId: string; timeZone: string }) {
  const { t } = useApp();
  const times = useShownTimes();
  const loaded = useLoad(() => waitlistApi.ofClass(classId), [classId]);
  const entries = loaded.data ?? [];
  return (
    <section aria-labelledby="class-waitlist">
      <h2 id="class-waitlist">{t('waitlist.title')}</h2>
      {loaded.error !== null && <ErrorNotice error={loaded.error} />}
      {loaded.data && entries.length === 0 && <p className="empty">{t('waitlist.nobody')}</p>}
      {entries.length > 0 && (
        <ol className="waitlist">
          {entries.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.customer.name}</strong> <span className="muted">{entry.customer.email}</span> —{' '}
              {entry.status === 'offered'
                ? entry.offerExpiresAt
                  ? t('waitlist.offeredUntil', {
                      time: times.named(entry.offerExpiresAt, 'shortDateTime', timeZone),
                    })
                  : t('waitlist.offerTitle')
                : t('waitlist.place', { place: String(entry.place ?? 1) })}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
