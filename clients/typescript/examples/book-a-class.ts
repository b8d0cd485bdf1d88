// Lists the upcoming classes and books a spot in the first one with room, for a guest who pays at the venue.
//   SLOTWISE_URL=https://book.example.com SLOTWISE_API_KEY=sw_… npx tsx examples/book-a-class.ts
// The key needs the scopes `read` and `bookings:write`.
import { randomUUID } from 'node:crypto';
import { createSlotwiseClient } from '../src/index.ts';

const baseUrl = process.env.SLOTWISE_URL ?? 'http://localhost:3000';
const apiKey = process.env.SLOTWISE_API_KEY;
if (!apiKey) throw new Error('Set SLOTWISE_API_KEY to an API key with the scopes read and bookings:write');
const slotwise = createSlotwiseClient({
  baseUrl,
  apiKey,
  ...(process.env.SLOTWISE_ORG ? { org: process.env.SLOTWISE_ORG } : {}),
});

const classes = await slotwise.GET('/api/v1/classes');
if (classes.error) throw new Error(`Listing classes failed: ${classes.error.error.code}`);
const open = classes.data.classes.find((item) => item.spotsLeft > 0 && item.status === 'scheduled');
if (!open) {
  console.log('No class has a free spot.');
  process.exit(0);
}
console.log(`Booking ${open.title} at ${open.startsAt} (${open.spotsLeft} spots left)`);

const booking = await slotwise.POST('/api/v1/bookings', {
  // A retry with the same key cannot book twice.
  params: { header: { 'Idempotency-Key': randomUUID() } },
  body: {
    classId: open.id,
    spots: 1,
    guest: { name: 'Alex Andersson', email: 'alex@example.com' },
    paymentMethod: 'venue',
  },
});
if (booking.error) throw new Error(`Booking failed: ${booking.error.error.code} (${booking.error.error.message})`);
console.log(`Booked: ${booking.data.booking.id} (${booking.data.booking.status})`);
