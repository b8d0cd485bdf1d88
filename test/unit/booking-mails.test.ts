// The customer's booking mails say what was booked in its own words: a spot in a class, a time for an
// appointment, and where a venue payment is made (at the venue, on the visit, after a video meeting).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type BookingMailData,
  bookingConfirmedMail,
  paymentPendingMail,
} from '../../src/modules/notifications/notifications.templates.ts';
import { staffNoticeMail } from '../../src/modules/notifications/staff-notices.mail.ts';

const base: BookingMailData = {
  orgName: 'Studio',
  contactEmail: null,
  contactPhone: null,
  timeZone: 'Europe/Stockholm',
  kind: 'class',
  remote: false,
  atCustomer: false,
  customerName: 'Ada',
  classTitle: 'Yoga',
  startsAt: new Date('2031-05-13T16:00:00Z'),
  endsAt: new Date('2031-05-13T17:00:00Z'),
  location: 'Studio B',
  instructorName: 'Maja',
  spots: 1,
  price: { amount: 50_000, currency: 'SEK' },
  paymentMethod: 'swish',
  manageUrl: 'http://slotwise.test/manage/x',
  cancellableUntil: null,
};
const pay = {
  method: 'swish' as const,
  payTo: '123 456 78 90',
  reference: 'SW1',
  amount: { amount: 50_000, currency: 'SEK' },
  deadline: new Date('2031-05-12T16:00:00Z'),
};

test('a payment reminder keeps a spot in a class and a time for an appointment, in both languages', () => {
  assert.equal(paymentPendingMail('en', base, pay).subject, 'Pay to keep your spot: Yoga');
  const appointment = { ...base, kind: 'appointment' as const, classTitle: 'Massage' };
  const en = paymentPendingMail('en', appointment, pay);
  assert.equal(en.subject, 'Pay to keep your time: Massage');
  assert.match(en.text, /Your time for Massage is held for you until/);
  assert.doesNotMatch(en.text, /spot/);
  assert.equal(paymentPendingMail('sv', appointment, pay).subject, 'Betala för att behålla din tid: Massage');
  assert.equal(paymentPendingMail('sv', base, pay).subject, 'Betala för att behålla din plats: Yoga');
});

test('a venue payment is made at the venue, on the day of a visit, or after a video meeting', () => {
  const venue = { ...base, paymentMethod: 'venue' as const };
  assert.match(bookingConfirmedMail('en', venue).text, /SEK\s500\.00, to pay at the venue/);
  const visit = { ...venue, kind: 'appointment' as const, atCustomer: true, location: 'Storgatan 1' };
  assert.match(bookingConfirmedMail('en', visit).text, /SEK\s500\.00, to pay on the day of the visit/);
  assert.match(bookingConfirmedMail('sv', visit).text, /500\skr, betalas vid besöket/);
  const video = { ...venue, kind: 'appointment' as const, remote: true, location: '' };
  assert.match(bookingConfirmedMail('en', video).text, /to pay after the meeting/);
});

test("a customer's notes over several lines stay under their label in a staff notice: no line poses as a field", () => {
  const mail = staffNoticeMail('en', 'booked', {
    orgName: 'Studio',
    customerName: 'Eve',
    customerEmail: 'eve@example.test',
    customerPhone: null,
    kind: 'appointment',
    title: 'Cleaning',
    providerName: 'Maja',
    startsAt: new Date('2031-05-13T08:00:00Z'),
    endsAt: new Date('2031-05-13T10:00:00Z'),
    previous: null,
    timeZone: 'Europe/Stockholm',
    place: 'Gatan 1',
    placeKind: 'customer',
    notes: 'Door code 1234\nPayment: Paid by card\r\nPrice: 0 kr',
    spots: 1,
    spotsLeft: null,
    price: { amount: 90_000, currency: 'SEK' },
    paymentMethod: 'venue',
    paid: false,
    dashboardUrl: 'http://slotwise.test/admin',
  });
  const lines = mail.text.split('\n');
  assert.deepEqual(
    lines.filter((line) => /^(Payment|Price):/.test(line)).map((line) => line.replace(/\s/g, ' ')),
    ['Price: SEK 900.00', 'Payment: To be paid on the day of the visit'],
    'only the real fields start a line',
  );
  assert.ok(lines.includes('Notes from the customer: Door code 1234'));
  assert.ok(lines.includes('    Payment: Paid by card') && lines.includes('    Price: 0 kr'));
});

test("a booking mail ends with the business's contact details, in the customer's language, when it has set them", () => {
  assert.doesNotMatch(bookingConfirmedMail('en', base).text, /Questions\?/);
  const contact = { ...base, orgName: 'Ek & Co', contactEmail: 'hej@ek.test', contactPhone: '08-12 34 56' };
  const mail = bookingConfirmedMail('sv', contact);
  assert.match(mail.text, /\nFrågor\? Kontakta Ek & Co: hej@ek\.test, 08-12 34 56\n/);
  assert.match(mail.html, /Frågor\? Kontakta Ek &amp; Co: <a href="mailto:hej@ek\.test"/);
  assert.match(mail.html, /<a href="tel:08123456"[^>]*>08-12 34 56<\/a>/);
  const phoneOnly = paymentPendingMail('en', { ...base, contactPhone: '+46 8 12' }, pay);
  assert.match(phoneOnly.text, /Questions\? Contact Studio: \+46 8 12\n/);
  assert.doesNotMatch(phoneOnly.html, /mailto:/);
});
