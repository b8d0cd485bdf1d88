import { formatDateTime, formatMoney, formatTime } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { CancelledBy, ProviderChange } from '../../platform/job-types.ts';
import { type RenderedMail, contactOf, renderMail } from './mail-layout.ts';

export interface BookingMailData {
  orgName: string;
  /** The business's contact details from its settings, for the footer (null: no footer). */
  contactEmail: string | null;
  contactPhone: string | null;
  /** The location's zone for an appointment at a location; otherwise the organisation's. */
  timeZone: string;
  kind: 'class' | 'appointment';
  /** A video meeting: `location` is its link, or empty while the link is being made. */
  remote: boolean;
  /** A visit at the customer's address (`location`): paid on the day rather than at a venue. */
  atCustomer: boolean;
  customerName: string;
  classTitle: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  instructorName: string;
  spots: number;
  price: { amount: number; currency: string };
  paymentMethod: 'venue' | 'free' | 'card' | 'swish' | 'bank_transfer' | 'credits';
  manageUrl: string;
  cancellableUntil: Date | null;
  calendarUrl?: string;
}

export type { CancelledBy };

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    signature: (org: string) => `See you soon,\n${org}`,
    class: 'Class',
    service: 'Service',
    when: 'When',
    where: 'Where',
    instructor: 'Instructor',
    provider: 'With',
    videoMeeting: 'Video meeting',
    linkFollows: 'The meeting link follows in a separate mail.',
    linkSubject: (title: string, when: string) => `Your meeting link: ${title}, ${when}`,
    linkBody: (title: string) =>
      `Here is the link to your video meeting for ${title}. It opens 15 minutes before the start.`,
    linkAction: 'Join the meeting',
    customer: 'Customer',
    phone: 'Phone',
    notes: 'Notes',
    previously: 'Was',
    providerLinkComing: 'The meeting link is being made; it will be in your calendar feed.',
    providerSubject: {
      booked: (title: string, when: string) => `New booking: ${title}, ${when}`,
      moved: (title: string, when: string) => `Booking moved: ${title}, now ${when}`,
      cancelled: (title: string, when: string) => `Booking cancelled: ${title}, ${when}`,
      reassigned: (title: string, when: string) => `Booking moved to a colleague: ${title}, ${when}`,
    } satisfies Record<ProviderChange, (title: string, when: string) => string>,
    providerBody: {
      booked: (customer: string, title: string) => `${customer} has booked ${title} with you.`,
      moved: (customer: string, title: string) => `${customer}'s booking of ${title} with you has moved to a new time.`,
      cancelled: (customer: string, title: string) => `${customer}'s booking of ${title} with you has been cancelled.`,
      reassigned: (customer: string, title: string) =>
        `${customer}'s booking of ${title} has moved to another provider; it is no longer in your schedule.`,
    } satisfies Record<ProviderChange, (customer: string, title: string) => string>,
    providerFeed: (url: string) => `Your appointments as a calendar feed (keep this address to yourself): ${url}`,
    spots: 'Spots',
    price: 'Price',
    free: 'Free',
    payAtVenue: (price: string) => `${price}, to pay at the venue`,
    payLater: (price: string) => `${price}, to pay after the meeting`,
    payOnVisit: (price: string) => `${price}, to pay on the day of the visit`,
    paidBy: { card: 'by card', swish: 'with Swish', bank_transfer: 'by bank transfer', credits: 'with credits' },
    paid: (price: string, how: string) => `${price}, paid ${how}`,
    pendingSubject: (title: string, kind: BookingMailData['kind']) =>
      `Pay to keep your ${kind === 'class' ? 'spot' : 'time'}: ${title}`,
    pendingBody: (title: string, deadline: string, kind: BookingMailData['kind']) =>
      `${kind === 'class' ? `Your spot in ${title} is` : `Your time for ${title} is`} held for you until ${deadline}. Pay before then to confirm it; you will get a confirmation as soon as we see the payment.`,
    swishTo: 'Swish to',
    bankTo: 'Bank account',
    amount: 'Amount',
    reference: 'Message / reference',
    payBy: 'Pay by',
    refundSubject: (title: string) => `Refund issued: ${title}`,
    refundBody: (amount: string, how: string) =>
      `We have refunded ${amount} ${how}. Depending on your bank it can take a few days to show.`,
    refundHow: {
      card: 'to your card',
      swish: 'with Swish',
      bank_transfer: 'to your bank account',
      venue: 'at the venue',
    },
    manage: 'View or cancel your booking',
    view: 'View your booking',
    cancelUntil: (when: string) => `You can cancel free of charge until ${when}.`,
    calendar: 'Subscribe to your bookings in your calendar',
    confirmedSubject: (title: string, when: string) => `Booking confirmed: ${title}, ${when}`,
    confirmedBody: (title: string) => `Your booking for ${title} is confirmed. The calendar entry is attached.`,
    movedSubject: (title: string, when: string) => `Booking moved: ${title}, now ${when}`,
    movedBody: (title: string) =>
      `Your booking for ${title} has moved. The new time is below; the attached calendar entry replaces the old one.`,
    movedCostsMore: (amount: string) =>
      `The new time costs ${amount} more. You can pay it from your booking page (card, Swish or bank transfer) or when you come.`,
    movedCostsLess: (amount: string) => `The new time costs ${amount} less. We are refunding it to your card.`,
    reminderSubject: (title: string, time: string) => `Reminder: ${title} at ${time}`,
    reminderBody: (title: string, when: string) => `This is a reminder that ${title} starts ${when}.`,
    cancelledSubject: (title: string, when: string) => `Booking cancelled: ${title}, ${when}`,
    cancelledBody: {
      customer: (title: string) => `Your booking for ${title} has been cancelled, as you asked.`,
      staff: (title: string) => `We have cancelled your booking for ${title}.`,
      class_cancelled: (title: string) =>
        `Unfortunately ${title} has been cancelled, and your booking with it. We are sorry for the trouble.`,
    } satisfies Record<CancelledBy, (title: string) => string>,
    cancelledNote: (org: string, note: string) => `${org} writes: “${note}”`,
    cancelledAfter: 'You do not need to do anything. The calendar entry is attached so your calendar can remove it.',
    cancelledBack: (amount: string, how: string) =>
      `${amount} of what you paid comes back to you ${how}. You get a mail when it is paid back.`,
    cancelledCredited: (amount: string) => `${amount} of what you paid is on your account as credits.`,
    cancelledKept: (amount: string) => `${amount} is kept as the cancellation fee, as the cancellation terms say.`,
    resetSubject: (org: string) => `Reset your password for ${org}`,
    resetBody: (org: string) =>
      `Someone asked to reset the password of your ${org} account. If it was you, choose a new password within one hour.`,
    resetAction: 'Choose a new password',
    resetAfter: 'If it was not you, ignore this mail; your password stays as it is.',
    linksSubject: (org: string) => `Your bookings with ${org}`,
    linksBody: (org: string) =>
      `Someone (we hope you) asked for the links to your upcoming bookings with ${org}. Open one to see, move or cancel that booking.`,
    linksAfter: 'If you did not ask, you can ignore this mail: the links are only sent to you.',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    signature: (org: string) => `Vi ses snart,\n${org}`,
    class: 'Pass',
    service: 'Tjänst',
    when: 'När',
    where: 'Var',
    instructor: 'Instruktör',
    provider: 'Med',
    videoMeeting: 'Videomöte',
    linkFollows: 'Länken till mötet kommer i ett separat mejl.',
    linkSubject: (title: string, when: string) => `Din möteslänk: ${title}, ${when}`,
    linkBody: (title: string) => `Här är länken till ditt videomöte för ${title}. Mötet öppnar 15 minuter före start.`,
    linkAction: 'Anslut till mötet',
    customer: 'Kund',
    phone: 'Telefon',
    notes: 'Anteckningar',
    previously: 'Tidigare',
    providerLinkComing: 'Möteslänken skapas; den kommer att finnas i ditt kalenderflöde.',
    providerSubject: {
      booked: (title: string, when: string) => `Ny bokning: ${title}, ${when}`,
      moved: (title: string, when: string) => `Bokning flyttad: ${title}, nu ${when}`,
      cancelled: (title: string, when: string) => `Bokning avbokad: ${title}, ${when}`,
      reassigned: (title: string, when: string) => `Bokning flyttad till en kollega: ${title}, ${when}`,
    } satisfies Record<ProviderChange, (title: string, when: string) => string>,
    providerBody: {
      booked: (customer: string, title: string) => `${customer} har bokat ${title} hos dig.`,
      moved: (customer: string, title: string) =>
        `${customer}s bokning av ${title} hos dig har flyttats till en ny tid.`,
      cancelled: (customer: string, title: string) => `${customer}s bokning av ${title} hos dig är avbokad.`,
      reassigned: (customer: string, title: string) =>
        `${customer}s bokning av ${title} har flyttats till en annan utförare och finns inte längre i ditt schema.`,
    } satisfies Record<ProviderChange, (customer: string, title: string) => string>,
    providerFeed: (url: string) => `Dina bokningar som kalenderflöde (håll adressen för dig själv): ${url}`,
    spots: 'Platser',
    price: 'Pris',
    free: 'Gratis',
    payAtVenue: (price: string) => `${price}, betalas på plats`,
    payLater: (price: string) => `${price}, betalas efter mötet`,
    payOnVisit: (price: string) => `${price}, betalas vid besöket`,
    paidBy: { card: 'med kort', swish: 'med Swish', bank_transfer: 'med banköverföring', credits: 'med klippkort' },
    paid: (price: string, how: string) => `${price}, betalt ${how}`,
    pendingSubject: (title: string, kind: BookingMailData['kind']) =>
      `Betala för att behålla din ${kind === 'class' ? 'plats' : 'tid'}: ${title}`,
    pendingBody: (title: string, deadline: string, kind: BookingMailData['kind']) =>
      `${kind === 'class' ? `Din plats på ${title}` : `Din tid för ${title}`} är reserverad för dig till ${deadline}. Betala innan dess för att bekräfta den; du får en bekräftelse så snart vi ser betalningen.`,
    swishTo: 'Swisha till',
    bankTo: 'Bankkonto',
    amount: 'Belopp',
    reference: 'Meddelande / referens',
    payBy: 'Betala senast',
    refundSubject: (title: string) => `Återbetalning: ${title}`,
    refundBody: (amount: string, how: string) =>
      `Vi har återbetalat ${amount} ${how}. Beroende på din bank kan det ta några dagar innan det syns.`,
    refundHow: {
      card: 'till ditt kort',
      swish: 'med Swish',
      bank_transfer: 'till ditt bankkonto',
      venue: 'på plats',
    },
    manage: 'Visa eller avboka din bokning',
    view: 'Visa din bokning',
    cancelUntil: (when: string) => `Du kan avboka kostnadsfritt fram till ${when}.`,
    calendar: 'Prenumerera på dina bokningar i din kalender',
    confirmedSubject: (title: string, when: string) => `Bokning bekräftad: ${title}, ${when}`,
    confirmedBody: (title: string) => `Din bokning av ${title} är bekräftad. Kalenderposten finns bifogad.`,
    movedSubject: (title: string, when: string) => `Bokning flyttad: ${title}, nu ${when}`,
    movedBody: (title: string) =>
      `Din bokning av ${title} har flyttats. Den nya tiden står nedan; den bifogade kalenderposten ersätter den gamla.`,
    movedCostsMore: (amount: string) =>
      `Den nya tiden kostar ${amount} mer. Du kan betala det på din bokningssida (kort, Swish eller banköverföring) eller när du kommer.`,
    movedCostsLess: (amount: string) =>
      `Den nya tiden kostar ${amount} mindre. Vi betalar tillbaka det till ditt kort.`,
    reminderSubject: (title: string, time: string) => `Påminnelse: ${title} kl. ${time}`,
    reminderBody: (title: string, when: string) => `En påminnelse om att ${title} börjar ${when}.`,
    cancelledSubject: (title: string, when: string) => `Bokning avbokad: ${title}, ${when}`,
    cancelledBody: {
      customer: (title: string) => `Din bokning av ${title} är avbokad, som du bad om.`,
      staff: (title: string) => `Vi har avbokat din bokning av ${title}.`,
      class_cancelled: (title: string) =>
        `Tyvärr är ${title} inställt, och därmed även din bokning. Vi ber om ursäkt för besväret.`,
    } satisfies Record<CancelledBy, (title: string) => string>,
    cancelledNote: (org: string, note: string) => `${org} skriver: ”${note}”`,
    cancelledAfter: 'Du behöver inte göra något. Kalenderposten finns bifogad så att din kalender kan ta bort den.',
    cancelledBack: (amount: string, how: string) =>
      `${amount} av det du betalat går tillbaka till dig ${how}. Du får ett mejl när det är återbetalat.`,
    cancelledCredited: (amount: string) => `${amount} av det du betalat finns på ditt konto som klipp.`,
    cancelledKept: (amount: string) => `${amount} behålls som avbokningsavgift, enligt avbokningsreglerna.`,
    resetSubject: (org: string) => `Återställ ditt lösenord hos ${org}`,
    resetBody: (org: string) =>
      `Någon har bett om att återställa lösenordet till ditt konto hos ${org}. Om det var du, välj ett nytt lösenord inom en timme.`,
    resetAction: 'Välj ett nytt lösenord',
    resetAfter: 'Om det inte var du kan du bortse från det här mejlet; ditt lösenord är oförändrat.',
    linksSubject: (org: string) => `Dina bokningar hos ${org}`,
    linksBody: (org: string) =>
      `Någon (förhoppningsvis du) bad om länkarna till dina kommande bokningar hos ${org}. Öppna en för att se, flytta eller avboka den bokningen.`,
    linksAfter: 'Om du inte bad om det kan du bortse från det här mejlet: länkarna skickas bara till dig.',
  },
} as const;

function bookingDetails(locale: Locale, d: BookingMailData): [string, string][] {
  const t = text[locale];
  const price = formatMoney(d.price.amount, d.price.currency, locale);
  const appointment = d.kind === 'appointment';
  const rows: [string, string][] = [
    [appointment ? t.service : t.class, d.classTitle],
    // The zone is named: a customer reading in another zone must not take the studio's time for theirs.
    [
      t.when,
      `${formatDateTime(d.startsAt, d.timeZone, locale)}–${formatTime(d.endsAt, d.timeZone, locale)} (${d.timeZone})`,
    ],
  ];
  if (d.remote) rows.push([t.videoMeeting, d.location || t.linkFollows]);
  else if (d.location) rows.push([t.where, d.location]);
  if (d.instructorName) rows.push([appointment ? t.provider : t.instructor, d.instructorName]);
  if (d.spots > 1) rows.push([t.spots, String(d.spots)]);
  rows.push([
    t.price,
    d.paymentMethod === 'free'
      ? t.free
      : d.paymentMethod === 'venue'
        ? (d.remote ? t.payLater : d.atCustomer ? t.payOnVisit : t.payAtVenue)(price)
        : t.paid(price, t.paidBy[d.paymentMethod]),
  ]);
  return rows;
}

export function bookingConfirmedMail(locale: Locale, d: BookingMailData): RenderedMail {
  const t = text[locale];
  const when = formatDateTime(d.startsAt, d.timeZone, locale);
  return renderMail({
    subject: t.confirmedSubject(d.classTitle, when),
    greeting: t.hello(d.customerName),
    paragraphs: [t.confirmedBody(d.classTitle)],
    details: bookingDetails(locale, d),
    action: { label: d.cancellableUntil ? t.manage : t.view, url: d.manageUrl },
    // The feed's address is long and unbroken: on a phone it overflowed the card, so HTML shows a link.
    ...(d.calendarUrl ? { links: [{ label: t.calendar, url: d.calendarUrl }] } : {}),
    after: d.cancellableUntil ? [t.cancelUntil(formatDateTime(d.cancellableUntil, d.timeZone, locale))] : [],
    signature: t.signature(d.orgName),
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

export function bookingMovedMail(
  locale: Locale,
  d: BookingMailData,
  priceChange?: { difference: number; currency: string; settlement: 'due' | 'refund' | 'none' },
): RenderedMail {
  const t = text[locale];
  const amount = priceChange && formatMoney(Math.abs(priceChange.difference), priceChange.currency, locale);
  const price =
    priceChange?.settlement === 'due' && amount
      ? [t.movedCostsMore(amount)]
      : priceChange?.settlement === 'refund' && amount
        ? [t.movedCostsLess(amount)]
        : [];
  return renderMail({
    subject: t.movedSubject(d.classTitle, formatDateTime(d.startsAt, d.timeZone, locale)),
    greeting: t.hello(d.customerName),
    paragraphs: [t.movedBody(d.classTitle), ...price],
    details: bookingDetails(locale, d),
    action: { label: d.cancellableUntil ? t.manage : t.view, url: d.manageUrl },
    after: d.cancellableUntil ? [t.cancelUntil(formatDateTime(d.cancellableUntil, d.timeZone, locale))] : [],
    signature: t.signature(d.orgName),
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

export function reminderMail(locale: Locale, d: BookingMailData): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.reminderSubject(d.classTitle, formatTime(d.startsAt, d.timeZone, locale)),
    greeting: t.hello(d.customerName),
    paragraphs: [t.reminderBody(d.classTitle, formatDateTime(d.startsAt, d.timeZone, locale))],
    details: bookingDetails(locale, d),
    action: { label: d.cancellableUntil ? t.manage : t.view, url: d.manageUrl },
    after: d.cancellableUntil ? [t.cancelUntil(formatDateTime(d.cancellableUntil, d.timeZone, locale))] : [],
    signature: t.signature(d.orgName),
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

/** What became of the money paid for a cancelled booking (payments.repo.ts, bookingMoney). */
export interface CancelledMoney {
  currency: string;
  back: number;
  credited: number;
  kept: number;
  method: 'card' | 'swish' | 'bank_transfer' | 'venue' | null;
}

export function bookingCancelledMail(
  locale: Locale,
  d: BookingMailData,
  by: CancelledBy,
  money: CancelledMoney | null = null,
  /** What staff wrote when cancelling the class, for the people booked on it; null: nothing. */
  note: string | null = null,
): RenderedMail {
  const t = text[locale];
  const amount = (minor: number) => formatMoney(minor, money?.currency ?? d.price.currency, locale);
  const said = money
    ? [
        ...(money.back > 0 ? [t.cancelledBack(amount(money.back), t.refundHow[money.method ?? 'card'])] : []),
        ...(money.credited > 0 ? [t.cancelledCredited(amount(money.credited))] : []),
        ...(money.kept > 0 ? [t.cancelledKept(amount(money.kept))] : []),
      ]
    : [];
  return renderMail({
    subject: t.cancelledSubject(d.classTitle, formatDateTime(d.startsAt, d.timeZone, locale)),
    greeting: t.hello(d.customerName),
    paragraphs: [t.cancelledBody[by](d.classTitle), ...(note ? [t.cancelledNote(d.orgName, note)] : []), ...said],
    details: bookingDetails(locale, d).slice(0, 3),
    after: [t.cancelledAfter],
    // Not "See you soon": this mail ends a booking.
    signature: d.orgName,
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

export function passwordResetMail(locale: Locale, d: { name: string; orgName: string; link: string }): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.resetSubject(d.orgName),
    greeting: t.hello(d.name),
    paragraphs: [t.resetBody(d.orgName)],
    action: { label: t.resetAction, url: d.link },
    after: [t.resetAfter],
    signature: d.orgName,
  });
}

/** One upcoming booking in the "Email me my bookings" mail. */
export interface BookingLink {
  title: string;
  startsAt: Date;
  timeZone: string;
  manageUrl: string;
}

/** The manage links of an address's upcoming bookings, each a short link named by what and when. */
export function manageLinksMail(
  locale: Locale,
  d: {
    orgName: string;
    contactEmail: string | null;
    contactPhone: string | null;
    customerName: string;
    bookings: BookingLink[];
  },
): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.linksSubject(d.orgName),
    greeting: t.hello(d.customerName),
    paragraphs: [t.linksBody(d.orgName)],
    links: d.bookings.map((booking) => ({
      label: `${booking.title}, ${formatDateTime(booking.startsAt, booking.timeZone, locale)}`,
      url: booking.manageUrl,
    })),
    after: [t.linksAfter],
    signature: t.signature(d.orgName),
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

export interface PaymentInstructions {
  method: 'swish' | 'bank_transfer';
  payTo: string;
  reference: string;
  amount: { amount: number; currency: string };
  deadline: Date;
}

export function paymentPendingMail(locale: Locale, d: BookingMailData, pay: PaymentInstructions): RenderedMail {
  const t = text[locale];
  const deadline = formatDateTime(pay.deadline, d.timeZone, locale);
  return renderMail({
    subject: t.pendingSubject(d.classTitle, d.kind),
    greeting: t.hello(d.customerName),
    paragraphs: [t.pendingBody(d.classTitle, deadline, d.kind)],
    details: [
      [pay.method === 'swish' ? t.swishTo : t.bankTo, pay.payTo],
      [t.amount, formatMoney(pay.amount.amount, pay.amount.currency, locale)],
      [t.reference, pay.reference],
      [t.payBy, deadline],
      ...bookingDetails(locale, d).slice(0, 3),
    ],
    action: { label: d.cancellableUntil ? t.manage : t.view, url: d.manageUrl },
    signature: t.signature(d.orgName),
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

export function refundIssuedMail(
  locale: Locale,
  d: BookingMailData,
  refund: { amount: number; currency: string; method: 'card' | 'swish' | 'bank_transfer' | 'venue' },
): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.refundSubject(d.classTitle),
    greeting: t.hello(d.customerName),
    paragraphs: [t.refundBody(formatMoney(refund.amount, refund.currency, locale), t.refundHow[refund.method])],
    details: bookingDetails(locale, d).slice(0, 2),
    signature: t.signature(d.orgName),
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

/** The meeting link of a remote appointment, sent when it was made after the confirmation went out. */
export function videoLinkMail(locale: Locale, d: BookingMailData): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.linkSubject(d.classTitle, formatDateTime(d.startsAt, d.timeZone, locale)),
    greeting: t.hello(d.customerName),
    paragraphs: [t.linkBody(d.classTitle)],
    details: bookingDetails(locale, d).slice(0, 4),
    action: { label: t.linkAction, url: d.location },
    after: [`${t.manage}: ${d.manageUrl}`],
    signature: t.signature(d.orgName),
    contact: contactOf(locale, { name: d.orgName, contactEmail: d.contactEmail, contactPhone: d.contactPhone }),
  });
}

export interface ProviderNoticeData {
  orgName: string;
  providerName: string;
  /** The provider's own zone: the times they work in. */
  timeZone: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** The time before a move, or of the appointment that went to a colleague. */
  previousStartsAt: Date | null;
  customerName: string;
  customerPhone: string | null;
  customerNotes: string | null;
  /** The location's address, the customer's address, or the meeting link. */
  place: string;
  remote: boolean;
  feedUrl: string;
}

/** To the provider: an appointment booked with them, moved, cancelled, or moved to a colleague. */
export function providerNoticeMail(locale: Locale, d: ProviderNoticeData, change: ProviderChange): RenderedMail {
  const t = text[locale];
  const at = (instant: Date) => formatDateTime(instant, d.timeZone, locale);
  const shownAt = change === 'reassigned' && d.previousStartsAt ? d.previousStartsAt : d.startsAt;
  const details: [string, string][] = [[t.service, d.title]];
  if (change === 'reassigned') details.push([t.when, `${at(shownAt)} (${d.timeZone})`]);
  else details.push([t.when, `${at(d.startsAt)}–${formatTime(d.endsAt, d.timeZone, locale)} (${d.timeZone})`]);
  if (change === 'moved' && d.previousStartsAt) details.push([t.previously, at(d.previousStartsAt)]);
  details.push([t.customer, d.customerName]);
  if (change !== 'reassigned' && change !== 'cancelled') {
    if (d.remote) details.push([t.videoMeeting, d.place || t.providerLinkComing]);
    else if (d.place) details.push([t.where, d.place]);
    if (d.customerPhone) details.push([t.phone, d.customerPhone]);
    if (d.customerNotes) details.push([t.notes, d.customerNotes]);
  }
  return renderMail({
    subject: t.providerSubject[change](d.title, at(shownAt)),
    greeting: t.hello(d.providerName),
    paragraphs: [t.providerBody[change](d.customerName, d.title)],
    details,
    after: [t.providerFeed(d.feedUrl)],
    signature: d.orgName,
  });
}
