import { formatDateTime, formatMoney, formatTime } from '../../platform/format.ts';
import type { Locale } from '../../platform/i18n.ts';
import { type RenderedMail, renderMail } from './mail-layout.ts';

export interface BookingMailData {
  orgName: string;
  timeZone: string;
  customerName: string;
  classTitle: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  instructorName: string;
  spots: number;
  price: { amount: number; currency: string };
  paymentMethod: 'venue' | 'free';
  manageUrl: string;
  cancellableUntil: Date | null;
  calendarUrl?: string;
}

export type CancelledBy = 'customer' | 'staff' | 'class_cancelled';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    signature: (org: string) => `See you soon,\n${org}`,
    class: 'Class',
    when: 'When',
    where: 'Where',
    instructor: 'Instructor',
    spots: 'Spots',
    price: 'Price',
    free: 'Free',
    payAtVenue: (price: string) => `${price}, paid at the venue`,
    manage: 'View or cancel your booking',
    cancelUntil: (when: string) => `You can cancel free of charge until ${when}.`,
    calendar: (url: string) => `Add all your bookings to your calendar: ${url}`,
    confirmedSubject: (title: string, when: string) => `Booking confirmed: ${title}, ${when}`,
    confirmedBody: (title: string) => `Your booking for ${title} is confirmed. The calendar entry is attached.`,
    reminderSubject: (title: string, time: string) => `Reminder: ${title} at ${time}`,
    reminderBody: (title: string, when: string) => `This is a reminder that ${title} starts ${when}.`,
    cancelledSubject: (title: string, when: string) => `Booking cancelled: ${title}, ${when}`,
    cancelledBody: {
      customer: (title: string) => `Your booking for ${title} has been cancelled, as you asked.`,
      staff: (title: string) => `We have cancelled your booking for ${title}.`,
      class_cancelled: (title: string) => `Unfortunately ${title} has been cancelled, and your booking with it. We are sorry for the trouble.`,
    } satisfies Record<CancelledBy, (title: string) => string>,
    cancelledAfter: 'You do not need to do anything. The calendar entry is attached so your calendar can remove it.',
    resetSubject: (org: string) => `Reset your password for ${org}`,
    resetBody: (org: string) => `Someone asked to reset the password of your ${org} account. If it was you, choose a new password within one hour.`,
    resetAction: 'Choose a new password',
    resetAfter: 'If it was not you, ignore this mail; your password stays as it is.',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    signature: (org: string) => `Vi ses snart,\n${org}`,
    class: 'Pass',
    when: 'När',
    where: 'Var',
    instructor: 'Instruktör',
    spots: 'Platser',
    price: 'Pris',
    free: 'Gratis',
    payAtVenue: (price: string) => `${price}, betalas på plats`,
    manage: 'Visa eller avboka din bokning',
    cancelUntil: (when: string) => `Du kan avboka kostnadsfritt fram till ${when}.`,
    calendar: (url: string) => `Lägg till alla dina bokningar i din kalender: ${url}`,
    confirmedSubject: (title: string, when: string) => `Bokning bekräftad: ${title}, ${when}`,
    confirmedBody: (title: string) => `Din bokning av ${title} är bekräftad. Kalenderposten finns bifogad.`,
    reminderSubject: (title: string, time: string) => `Påminnelse: ${title} kl. ${time}`,
    reminderBody: (title: string, when: string) => `En påminnelse om att ${title} börjar ${when}.`,
    cancelledSubject: (title: string, when: string) => `Bokning avbokad: ${title}, ${when}`,
    cancelledBody: {
      customer: (title: string) => `Din bokning av ${title} är avbokad, som du bad om.`,
      staff: (title: string) => `Vi har avbokat din bokning av ${title}.`,
      class_cancelled: (title: string) => `Tyvärr är ${title} inställt, och därmed även din bokning. Vi ber om ursäkt för besväret.`,
    } satisfies Record<CancelledBy, (title: string) => string>,
    cancelledAfter: 'Du behöver inte göra något. Kalenderposten finns bifogad så att din kalender kan ta bort den.',
    resetSubject: (org: string) => `Återställ ditt lösenord hos ${org}`,
    resetBody: (org: string) => `Någon har bett om att återställa lösenordet till ditt konto hos ${org}. Om det var du, välj ett nytt lösenord inom en timme.`,
    resetAction: 'Välj ett nytt lösenord',
    resetAfter: 'Om det inte var du kan du bortse från det här mejlet; ditt lösenord är oförändrat.',
  },
} as const;

function bookingDetails(locale: Locale, d: BookingMailData): [string, string][] {
  const t = text[locale];
  const price = formatMoney(d.price.amount, d.price.currency, locale);
  const rows: [string, string][] = [
    [t.class, d.classTitle],
    [t.when, `${formatDateTime(d.startsAt, d.timeZone, locale)}–${formatTime(d.endsAt, d.timeZone, locale)}`],
  ];
  if (d.location) rows.push([t.where, d.location]);
  if (d.instructorName) rows.push([t.instructor, d.instructorName]);
  if (d.spots > 1) rows.push([t.spots, String(d.spots)]);
  rows.push([t.price, d.paymentMethod === 'free' ? t.free : t.payAtVenue(price)]);
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
    action: { label: t.manage, url: d.manageUrl },
    after: [
      ...(d.cancellableUntil ? [t.cancelUntil(formatDateTime(d.cancellableUntil, d.timeZone, locale))] : []),
      ...(d.calendarUrl ? [t.calendar(d.calendarUrl)] : []),
    ],
    signature: t.signature(d.orgName),
  });
}

export function reminderMail(locale: Locale, d: BookingMailData): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.reminderSubject(d.classTitle, formatTime(d.startsAt, d.timeZone, locale)),
    greeting: t.hello(d.customerName),
    paragraphs: [t.reminderBody(d.classTitle, formatDateTime(d.startsAt, d.timeZone, locale))],
    details: bookingDetails(locale, d),
    action: { label: t.manage, url: d.manageUrl },
    after: d.cancellableUntil ? [t.cancelUntil(formatDateTime(d.cancellableUntil, d.timeZone, locale))] : [],
    signature: t.signature(d.orgName),
  });
}

export function bookingCancelledMail(locale: Locale, d: BookingMailData, by: CancelledBy): RenderedMail {
  const t = text[locale];
  return renderMail({
    subject: t.cancelledSubject(d.classTitle, formatDateTime(d.startsAt, d.timeZone, locale)),
    greeting: t.hello(d.customerName),
    paragraphs: [t.cancelledBody[by](d.classTitle)],
    details: bookingDetails(locale, d).slice(0, 3),
    after: [t.cancelledAfter],
    signature: t.signature(d.orgName),
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
