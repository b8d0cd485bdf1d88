import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { type BookingInput, type QuoteInput, api, newIdempotencyKey } from '../../api/api';
import {
  ApiError,
  type Checkout as CardCheckout,
  type ClassItem,
  type Hold,
  type Quote,
  type Service,
} from '../../api/client';
import { analyticsApi } from '../../api/analytics-api';
import { useApp } from '../../app-context';
import { payPlaceOf } from '../../components/class-bits';
import { ContactLinks } from '../../components/contact-links';
import { Field, useFocusFirstInvalid } from '../../components/field';
import { HoldCountdown } from '../../components/hold-countdown';
import { ErrorNotice, Notice, serverFieldErrors } from '../../components/notice';
import { formatFee, formatMoney } from '../../format';
import { useLoad } from '../../hooks/use-load';
import { Link, navigate } from '../../router';
import { useShownTimes } from '../../time-zone';
import { defaultCardOf, payingCardLabel } from '../account/saved-card';
import { CardPayment } from './card-payment';
import { type PaymentChoice, PaymentStep, defaultChoice, paymentChoices } from './payment-step';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Refusals that mean what is booked is no longer what the page shows: a full class, a time taken. */
const offerChanged = new Set([
  'capacity_full',
  'class_cancelled',
  'class_started',
  'class_not_found',
  'slot_taken',
  'slot_unavailable',
  'too_soon',
  'too_far_ahead',
  'hold_expired',
  'hold_not_found',
  'service_not_found',
  'provider_not_offering',
]);

/** Refusals of the place a visit goes to, which a quote for a corrected address answers. */
const placeRefusals = new Set(['out_of_service_area', 'address_not_placed', 'postcode_not_in_address']);

/** What is booked: spots in a class, or a provider's time held for this checkout. */
export type CheckoutOffer =
  | { kind: 'class'; cls: ClassItem }
  /** `timeZone`: the zone the time was picked in. */
  | { kind: 'appointment'; service: Service; hold: Hold; timeZone: string };

const priceOf = (offer: CheckoutOffer) => (offer.kind === 'class' ? offer.cls.price : offer.service.price);

/**
 * Who books (a guest's name and email, or the signed-in account), how many spots of a class, the
 * address and phone for a visit at the customer's, how to pay. An appointment's time is held
 * meanwhile; `onHoldExpired` is told when that hold has run out.
 */
/** What a visitor typed into the checkout, kept by a page that may show the form again (another time chosen). */
export interface CheckoutDraft {
  name: string;
  email: string;
  address: string;
  phone: string;
  notes: string;
}

export function Checkout({
  offer,
  onRefused,
  onHoldExpired,
  draft,
}: {
  offer: CheckoutOffer;
  onRefused(error: unknown): void;
  onHoldExpired?(): void;
  draft?: RefObject<CheckoutDraft>;
}) {
  const { org, user, locale, t } = useApp();
  const [name, setName] = useState(draft?.current.name ?? '');
  const [email, setEmail] = useState(draft?.current.email ?? '');
  const [spots, setSpots] = useState(1);
  const [address, setAddress] = useState(draft?.current.address ?? '');
  const [phone, setPhone] = useState(draft?.current.phone ?? '');
  const [notes, setNotes] = useState(draft?.current.notes ?? '');
  useEffect(() => {
    if (draft) draft.current = { name, email, address, phone, notes };
  }, [draft, name, email, address, phone, notes]);
  const price = priceOf(offer);
  const atCustomer = offer.kind === 'appointment' && offer.service.where.mode === 'at_customer';
  // A visit needs a number to reach the customer at; any other appointment may take one (a video
  // meeting whose link fails, a provider who is ill). A class does not keep one.
  const asksPhone = offer.kind === 'appointment';
  // A signed-in customer with credits may pay with them; the server decides whether they cover this.
  const credits = useLoad(() => (user ? api.myCredits() : Promise.resolve(null)), [user?.id]);
  const creditBalance = credits.data?.balance ?? 0;
  const choices = [
    ...paymentChoices(price, org),
    ...(price.amount > 0 && creditBalance > 0 ? ['credits' as const] : []),
  ];
  // A signed-in customer's saved cards pay without the card form; guests have none.
  const cards = useLoad(
    () => (user && choices.includes('card') ? api.myCards() : Promise.resolve(null)),
    [user?.id, choices.includes('card')],
  );
  const savedCards = cards.data?.cards ?? [];
  const [chosen, setChosen] = useState<PaymentChoice | undefined>();
  // undefined: not chosen yet, so the default card; null: a new card.
  const [chosenCard, setChosenCard] = useState<string | null | undefined>();
  const defaultCard = defaultCardOf(savedCards);
  const payment =
    chosen && choices.includes(chosen)
      ? chosen
      : defaultCard && choices.includes('card')
        ? 'card'
        : defaultChoice(choices);
  const savedCard =
    payment === 'card'
      ? ((chosenCard === undefined ? defaultCard : savedCards.find((one) => one.id === chosenCard)) ?? null)
      : null;
  const [declined, setDeclined] = useState<string | null>(null);
  const [card, setCard] = useState<{ checkout: CardCheckout; token: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [form, focusFirstInvalid] = useFocusFirstInvalid();
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // One key per attempt: sending the same booking again after a lost answer books it once.
  const attempt = useRef<{ body: string; key: string } | null>(null);
  // The server prices the booking: the quote shown is the one the booking must match (expectedTotal).
  const [promoInput, setPromoInput] = useState('');
  const [promoCode, setPromoCode] = useState('');
  // Why the code typed does not apply (unknown, expired…): shown at the field, and the booking goes on without it.
  const [promoProblem, setPromoProblem] = useState<string | null>(null);
  const [placedAddress, setPlacedAddress] = useState('');
  const [postcode, setPostcode] = useState('');
  const [placedPostcode, setPlacedPostcode] = useState('');
  // A signed-in customer's address and phone from their profile start the visit's fields, where empty.
  // What they book with fills in what their profile lacks; replacing what it has is theirs to ask.
  const [profile, setProfile] = useState<{ phone: string | null; address: string | null } | null>(null);
  const [saveToProfile, setSaveToProfile] = useState(false);
  useEffect(() => {
    if (!user || !asksPhone) return;
    let current = true;
    api
      .profile()
      .then((profile) => {
        if (!current) return;
        setProfile({ phone: profile.phone, address: atCustomer ? profile.address : null });
        if (profile.address && atCustomer) {
          setAddress((typed) => typed || (profile.address ?? ''));
          setPlacedAddress((placed) => placed || (profile.address ?? ''));
        }
        if (profile.phone) setPhone((typed) => typed || (profile.phone ?? ''));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [user, asksPhone, atCustomer]);
  const replacesProfile =
    profile !== null &&
    ((profile.phone !== null && phone.trim() !== '' && phone.trim() !== profile.phone) ||
      (profile.address !== null && address.trim() !== '' && address.trim() !== profile.address));
  const [quote, setQuote] = useState<Quote | null>(null);
  const [quoteError, setQuoteError] = useState<unknown>(null);
  const [quoteRound, setQuoteRound] = useState(0);
  const quoteBody: QuoteInput =
    offer.kind === 'class'
      ? { classId: offer.cls.id, spots, ...(promoCode ? { promoCode } : {}) }
      : {
          serviceId: offer.hold.serviceId ?? '',
          start: offer.hold.start ?? '',
          providerId: offer.hold.providerId,
          ...(promoCode ? { promoCode } : {}),
          ...(atCustomer && placedAddress ? { address: withPostcode(placedAddress, placedPostcode) } : {}),
          ...(atCustomer && placedPostcode ? { place: { postcode: placedPostcode } } : {}),
        };
  const quoteKey = JSON.stringify(quoteBody);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for the body; the round asks again
  useEffect(() => {
    // A visit is priced once its address is known (its travel fee depends on it).
    if (atCustomer && !placedAddress && !placedPostcode) return;
    let current = true;
    api
      .quote(JSON.parse(quoteKey) as QuoteInput)
      .then((answer) => {
        if (!current) return;
        setQuote(answer);
        setQuoteError(null);
        // The address that was refused has been put right: its refusal is no longer the news.
        setError((shown: unknown) => (shown instanceof ApiError && placeRefusals.has(shown.code) ? null : shown));
      })
      .catch((failure: unknown) => {
        if (!current) return;
        if (promoCode && failure instanceof ApiError && failure.code.startsWith('promo_')) {
          setPromoProblem(failure.message);
          setPromoCode('');
          return;
        }
        setQuote(null);
        setQuoteError(failure);
      });
    return () => {
      current = false;
    };
  }, [quoteKey, quoteRound]);

  const maxSpots = offer.kind === 'class' ? Math.min(offer.cls.maxSpotsPerCustomer, offer.cls.spotsLeft) : 1;

  const check = (): Record<string, string> => {
    const problems: Record<string, string> = {};
    if (!user) {
      if (!name.trim()) problems['guest.name'] = t('form.required');
      if (!email.trim()) problems['guest.email'] = t('form.required');
      else if (!EMAIL.test(email.trim())) problems['guest.email'] = t('form.email');
    }
    if (atCustomer && !address.trim()) problems.address = t('form.required');
    if (atCustomer && !phone.trim()) problems.phone = t('form.required');
    return problems;
  };

  // The booking form is on the page from the start: the checkout counts as started at its first submit.
  const started = useRef(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!started.current) analyticsApi.count('checkout_started');
    started.current = true;
    setError(null);
    setNotice(null);
    setDeclined(null);
    const problems = check();
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) {
      focusFirstInvalid();
      return;
    }

    const who = {
      ...(user ? {} : { guest: { name: name.trim(), email: email.trim(), locale } }),
      ...(payment && payment !== 'free' ? { paymentMethod: payment } : {}),
      ...(savedCard ? { savedCardId: savedCard.id } : {}),
    };
    const priced = {
      ...(promoCode ? { promoCode } : {}),
      ...(quote ? { expectedTotal: quote.total } : {}),
    };
    const body: BookingInput =
      offer.kind === 'class'
        ? { classId: offer.cls.id, spots, ...who, ...priced }
        : {
            holdId: offer.hold.id,
            ...who,
            ...priced,
            ...(atCustomer && postcode.trim() ? { place: { postcode: postcode.trim() } } : {}),
            ...(atCustomer ? { address: withPostcode(address.trim(), postcode.trim()) } : {}),
            ...(phone.trim() ? { phone: phone.trim() } : {}),
            ...(atCustomer && notes.trim() ? { notes: notes.trim() } : {}),
            ...(replacesProfile && saveToProfile ? { saveToProfile: true } : {}),
          };
    const serialised = JSON.stringify(body);
    if (attempt.current?.body !== serialised) attempt.current = { body: serialised, key: newIdempotencyKey() };

    setBusy(true);
    try {
      const created = await api.book(body, attempt.current.key);
      const checkout = created.payment;
      if (!created.manageToken) {
        setNotice(t('checkout.alreadyBooked'));
      } else if (savedCard && checkout?.method === 'card' && checkout.clientSecret) {
        // Stripe charged the saved card already: the manage page settles it (as the webhook does).
        const intent = checkout.clientSecret.split('_secret_')[0] ?? '';
        navigate(`/manage/${created.manageToken}?booked=new&payment_intent=${encodeURIComponent(intent)}`);
      } else if (checkout?.method === 'card' && checkout.status === 'pending') {
        setCard({ checkout, token: created.manageToken });
      } else {
        // Swish and bank transfer instructions stay with the confirmation page, also on reload.
        navigate(`/manage/${created.manageToken}?booked=${created.alreadyBooked ? 'again' : 'new'}`, {
          state: checkout ? { checkout } : null,
        });
      }
    } catch (failure) {
      // Only a lost answer is retried with the same key; a refusal starts a new attempt.
      if (!(failure instanceof ApiError && failure.code === 'network_error')) attempt.current = null;
      if (failure instanceof ApiError && offerChanged.has(failure.code)) {
        onRefused(failure);
      } else if (failure instanceof ApiError && failure.code === 'card_declined' && savedCard) {
        // Nothing was booked: the form stays, for another card or another way to pay.
        setDeclined(payingCardLabel(savedCard, t));
      } else if (failure instanceof ApiError && failure.code === 'price_changed') {
        setNotice(t('checkout.priceChanged'));
        setQuoteRound((round) => round + 1);
      } else {
        const problems = serverFieldErrors(failure);
        setFieldErrors(problems);
        setError(failure);
        if (Object.keys(problems).length > 0) focusFirstInvalid();
      }
    } finally {
      setBusy(false);
    }
  };

  if (card) {
    // Starting again gives the held spots or time back; if that is refused, the hold runs out by
    // itself. The hold of an appointment was used by the booking: its time is chosen again.
    const startAgain = () => {
      const released = api.cancelManagedBooking(card.token).catch(() => undefined);
      if (offer.kind === 'appointment') void released.then(() => onRefused(null));
      else setCard(null);
    };
    return (
      <CardPayment
        checkout={card.checkout}
        token={card.token}
        what={offer.kind === 'class' ? 'spots' : 'time'}
        timeZone={offer.kind === 'class' ? offer.cls.timeZone : offer.timeZone}
        onStartAgain={startAgain}
      />
    );
  }
  if (!payment)
    return (
      <Notice kind="info">
        <p>{t('checkout.noPaymentMethod', { org: org.name })}</p>
        <ContactLinks />
      </Notice>
    );

  const here = offer.kind === 'class' ? `/classes/${offer.cls.id}` : `/services/${offer.service.id}`;
  const phoneField = (
    <Field
      label={
        atCustomer ? (
          t('checkout.phone')
        ) : (
          <>
            {t('checkout.phone')} <span className="muted">{t('form.optional')}</span>
          </>
        )
      }
      hint={atCustomer ? undefined : t('checkout.phoneHint', { org: org.name })}
      error={fieldErrors.phone}
    >
      {(control) => (
        <input
          {...control}
          type="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          autoComplete="tel"
          required={atCustomer}
          maxLength={40}
        />
      )}
    </Field>
  );
  return (
    <form ref={form} className="checkout" onSubmit={submit} noValidate aria-labelledby="checkout-title">
      <h2 id="checkout-title">{offer.kind === 'class' ? t('checkout.title') : t('checkout.titleAppointment')}</h2>
      {offer.kind === 'appointment' && (
        <HoldCountdown until={offer.hold.expiresAt} what="time" timeZone={offer.timeZone} onExpired={onHoldExpired} />
      )}
      {user ? (
        <>
          <p>{t('checkout.signedInAs', { name: user.name, email: user.email })}</p>
          {asksPhone && !atCustomer && phoneField}
        </>
      ) : (
        <fieldset>
          <legend>{t('checkout.yourDetails')}</legend>
          <p className="muted">
            {t('checkout.haveAccount')} <Link to={`/sign-in?next=${encodeURIComponent(here)}`}>{t('nav.signIn')}</Link>
          </p>
          <Field label={t('checkout.name')} error={fieldErrors['guest.name']}>
            {(control) => (
              <input {...control} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" required />
            )}
          </Field>
          <Field label={t('checkout.email')} hint={t('checkout.emailHint')} error={fieldErrors['guest.email']}>
            {(control) => (
              <input
                {...control}
                type="email"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                autoComplete="email"
                required
              />
            )}
          </Field>
          {asksPhone && !atCustomer && phoneField}
        </fieldset>
      )}
      {maxSpots > 1 && (
        <Field label={t('checkout.spots')} error={fieldErrors.spots}>
          {(control) => (
            <select {...control} value={spots} onChange={(e) => setSpots(Number(e.target.value))}>
              {Array.from({ length: maxSpots }, (_, index) => index + 1).map((count) => (
                <option key={count} value={count}>
                  {count}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {atCustomer && (
        <fieldset>
          <legend>{t('checkout.visit')}</legend>
          <Field label={t('checkout.address')} hint={t('checkout.addressHint')} error={fieldErrors.address}>
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={address}
                onChange={(e) => setAddress(e.target.value)}
                onBlur={() => setPlacedAddress(address.trim())}
                autoComplete="street-address"
                required
              />
            )}
          </Field>
          <Field
            label={
              <>
                {t('checkout.postcode')} <span className="muted">{t('form.optional')}</span>
              </>
            }
            hint={t('checkout.postcodeHint')}
            error={fieldErrors['place.postcode']}
          >
            {(control) => (
              <input
                {...control}
                value={postcode}
                onChange={(e) => setPostcode(e.target.value)}
                onBlur={() => setPlacedPostcode(postcode.trim())}
                autoComplete="postal-code"
                maxLength={20}
              />
            )}
          </Field>
          {phoneField}
          <Field
            label={
              <>
                {t('checkout.notes')} <span className="muted">{t('form.optional')}</span>
              </>
            }
            hint={t('checkout.notesHint')}
            error={fieldErrors.notes}
          >
            {(control) => <textarea {...control} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
          </Field>
        </fieldset>
      )}
      {user && replacesProfile && (
        <div className="field">
          <label className="check">
            <input
              type="checkbox"
              checked={saveToProfile}
              onChange={(e) => setSaveToProfile(e.target.checked)}
              aria-describedby="save-to-profile-hint"
            />
            {t(atCustomer ? 'checkout.saveToProfile' : 'checkout.savePhoneToProfile')}
          </label>
          <p className="field-hint" id="save-to-profile-hint">
            {t('checkout.saveToProfileHint')}
          </p>
        </div>
      )}
      <PaymentStep
        choices={choices}
        value={payment}
        place={payPlaceOf(offer.kind === 'appointment' ? offer.service.where.mode : undefined)}
        creditBalance={creditBalance}
        savedCards={savedCards}
        savedCardId={savedCard?.id ?? null}
        onChange={(choice, cardId) => {
          setChosen(choice);
          setChosenCard(cardId ?? null);
          setDeclined(null);
        }}
      />
      <Field label={t('checkout.promoCode')} error={fieldErrors.promoCode ?? promoProblem ?? undefined}>
        {(control) => (
          <span className="inline-field">
            <input
              {...control}
              value={promoInput}
              onChange={(e) => {
                setPromoInput(e.target.value);
                setPromoProblem(null);
                // An emptied field takes the code off: nothing applied is left unseen.
                if (!e.target.value.trim()) setPromoCode('');
              }}
              autoComplete="off"
              maxLength={40}
            />
            <button
              type="button"
              className="button"
              onClick={() => {
                setPromoProblem(null);
                setPromoCode(promoInput.trim());
              }}
            >
              {t('checkout.promoApply')}
            </button>
          </span>
        )}
      </Field>
      {quote && (
        <CancellationTerms
          terms={quote.cancellation}
          total={quote.total}
          currency={quote.currency}
          timeZone={offer.kind === 'class' ? offer.cls.timeZone : offer.timeZone}
        />
      )}
      {quote ? (
        <PriceBreakdown quote={quote} />
      ) : atCustomer ? (
        // A visit's total depends on where it is: no total is shown that the travel fee would change.
        <p className="total" data-testid="total-before-travel">
          {t('checkout.totalBeforeTravel', {
            price: price.amount === 0 ? t('class.free') : formatMoney(price, locale),
          })}
        </p>
      ) : (
        <p className="total">
          {t('checkout.total')}:{' '}
          <strong>
            {price.amount === 0
              ? t('class.free')
              : formatMoney({ amount: price.amount * spots, currency: price.currency }, locale)}
          </strong>
        </p>
      )}
      {/* One message: a booking refused for what the quote was refused for (an address out of the area) says it once. */}
      {error !== null ? (
        <ErrorNotice error={error} shownFields={Object.keys(fieldErrors)} />
      ) : (
        quoteError !== null && <ErrorNotice error={quoteError} />
      )}
      {notice && <Notice kind="info">{notice}</Notice>}
      {declined && <Notice kind="error">{t('cardpay.declined', { card: declined })}</Notice>}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('checkout.submitting') : t('checkout.submit')}
      </button>
    </form>
  );
}

/**
 * What cancelling will cost, said before booking: free until when, and what happens after. Booked
 * after that moment already (a class tonight, a deadline of a day), the customer is warned plainly.
 */
function CancellationTerms({
  terms,
  total,
  currency,
  timeZone,
}: {
  terms: Quote['cancellation'];
  total: number;
  currency: string;
  timeZone: string;
}) {
  const { locale, t } = useApp();
  const times = useShownTimes();
  const fee = terms.lateFee === null ? '' : formatFee(terms.lateFee, currency, locale);
  // Nothing paid, nothing to lose: only a refusal to cancel is worth saying then.
  const action = total === 0 && terms.lateAction !== 'refuse' ? null : terms.lateAction;
  if (new Date(terms.freeUntil).getTime() <= Date.now()) {
    return action ? <Notice kind="warning">{t(`terms.late.${action}`, { fee })}</Notice> : null;
  }
  return (
    <p className="muted" data-testid="cancellation-terms">
      {t('terms.freeUntil', { time: times.named(terms.freeUntil, 'dateTime', timeZone) })}
      {action && ` ${t(`terms.after.${action}`, { fee })}`}
    </p>
  );
}

/** The quote line by line: the base, travel, surcharges and discount, the tax, the total and the deposit. */
function PriceBreakdown({ quote }: { quote: Quote }) {
  const { locale, t } = useApp();
  const money = (amount: number) => formatMoney({ amount, currency: quote.currency }, locale);
  const label = (line: Quote['lines'][number]) =>
    line.kind === 'travel'
      ? t('checkout.travel')
      : line.kind === 'discount'
        ? t('checkout.discount', { code: line.ref ?? line.label })
        : line.quantity > 1
          ? `${line.label} × ${line.quantity}`
          : line.label;
  return (
    <table className="price-breakdown">
      <tbody>
        {quote.lines.map((line, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines are the quote's, in its order
          <tr key={index}>
            <th scope="row">{label(line)}</th>
            <td>{line.kind === 'base' && line.amount === 0 ? t('class.free') : money(line.amount)}</td>
          </tr>
        ))}
        {quote.taxes.map((tax) => (
          <tr key={tax.name} className="muted">
            <th scope="row">
              {t(quote.pricesIncludeTax ? 'checkout.taxIncluded' : 'checkout.taxAdded', { name: tax.name })}
            </th>
            <td>{money(tax.taxAmount)}</td>
          </tr>
        ))}
        <tr className="total">
          <th scope="row">{t('checkout.total')}</th>
          <td>
            <strong>{quote.total === 0 ? t('class.free') : money(quote.total)}</strong>
          </td>
        </tr>
        {quote.dueLater > 0 && (
          <>
            <tr>
              <th scope="row">{t('checkout.depositNow')}</th>
              <td>{money(quote.depositDueNow)}</td>
            </tr>
            <tr>
              <th scope="row">{t('checkout.dueLater')}</th>
              <td>{money(quote.dueLater)}</td>
            </tr>
          </>
        )}
      </tbody>
    </table>
  );
}

/**
 * The address the visit goes to, with its postcode written in when the customer typed it in its own
 * field: the server prices the postcode only as part of the address it belongs to.
 */
function withPostcode(address: string, postcode: string): string {
  if (!address || !postcode) return address;
  const plain = (text: string) => text.replace(/\s+/g, '').toUpperCase();
  return plain(address).includes(plain(postcode)) ? address : `${address}, ${postcode}`;
}
