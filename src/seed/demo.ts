/**
 * Demo data on first start, so that a newcomer can book in the first minute: a week of classes and,
 * next to them, the appointment half (the studio as a location, providers with weekly hours, a service
 * of each kind, and a few appointments already booked so that the schedules are not empty). Everything
 * is written through the modules' own functions, as an admin would through the API, so the demo obeys
 * every rule the real data does (and the appointments go through the one booking path).
 */
import { DateTime } from 'luxon';
import { type OrgContext, type RequestContext, systemContext } from '../platform/context.ts';
import type { Db } from '../platform/db.ts';
import { selectClasses } from '../modules/classes/classes.repo.ts';
import { createClass } from '../modules/classes/classes.service.ts';
import { createBooking } from '../modules/checkout/checkout.service.ts';
import { selectLocations } from '../modules/locations/locations.repo.ts';
import { createLocation } from '../modules/locations/locations.service.ts';
import { selectProviders } from '../modules/providers/providers.repo.ts';
import { createProvider, putWeeklyHours } from '../modules/providers/providers.service.ts';
import { selectServices } from '../modules/services/services.repo.ts';
import { createService } from '../modules/services/services.service.ts';

const templates = [
  {
    title: 'Morning Flow Yoga',
    hour: 7,
    minutes: 60,
    spots: 14,
    price: 16000,
    instructor: 'Anna Lindqvist',
    location: 'Studio A',
  },
  {
    title: 'Lunch Pilates',
    hour: 12,
    minutes: 45,
    spots: 10,
    price: 15000,
    instructor: 'Erik Sandberg',
    location: 'Studio B',
  },
  {
    title: 'Reformer Pilates',
    hour: 17,
    minutes: 50,
    spots: 4,
    price: 25000,
    instructor: 'Sara Nilsson',
    location: 'Reformer room',
  },
  {
    title: 'Community Stretch',
    hour: 19,
    minutes: 60,
    spots: 20,
    price: 0,
    instructor: 'Jonas Berg',
    location: 'Studio A',
  },
];

export interface DemoDeps {
  /** For the manage links of the demo appointments (as a booking's answer carries them). */
  publicUrl: string;
  tokenKey: Buffer;
}

export interface DemoSeeded {
  classes: number;
  services: number;
  providers: number;
  appointments: number;
}

/**
 * Seeds what is missing of the demo, once: the classes when the organisation has none, the appointment
 * catalogue (and its booked appointments) when it has no location, provider or service at all. A second
 * start finds them and writes nothing.
 */
export async function seedDemoData(db: Db, org: OrgContext, now: Date, deps: DemoDeps): Promise<DemoSeeded> {
  // With the studio's notices off for the seed alone (the setting stays on): its bookings are nobody's
  // news, and would each mail the admin a "New booking" on the first start.
  const ctx = systemContext({ ...org, staffNotify: false });
  const catalogue = await seedDemoCatalogue(db, ctx, now, deps);
  const studio = catalogue?.studioId ?? (await selectLocations(db, org.id))[0]?.id ?? null;
  const classes = await seedDemoClasses(db, ctx, now, studio);
  return {
    classes,
    services: catalogue?.services ?? 0,
    providers: catalogue?.providers ?? 0,
    appointments: catalogue?.appointments ?? 0,
  };
}

/** A week of classes so that a newcomer has something to book (none when the organisation has classes). */
async function seedDemoClasses(db: Db, ctx: RequestContext, now: Date, studio: string | null): Promise<number> {
  const { org } = ctx;
  const existing = await selectClasses(db, org.id, { from: new Date(0), to: undefined, status: undefined, limit: 1 });
  if (existing.length > 0) return 0;
  const today = DateTime.fromJSDate(now, { zone: org.timeZone }).startOf('day');
  let created = 0;
  for (let day = 1; day <= 7; day++) {
    const date = today.plus({ days: day });
    for (const [index, template] of templates.entries()) {
      if ((day + index) % 3 === 0) continue; // a realistic, uneven timetable
      const start = date.set({ hour: template.hour });
      await createClass(
        db,
        ctx,
        {
          title: template.title,
          description: `${template.title} with ${template.instructor}. All levels welcome; mats are provided.`,
          instructorName: template.instructor,
          location: template.location,
          locationId: studio,
          classTypeId: null,
          providerId: null,
          startsAt: start.toISO({ includeOffset: false, suppressMilliseconds: true }) ?? '',
          endsAt:
            start.plus({ minutes: template.minutes }).toISO({ includeOffset: false, suppressMilliseconds: true }) ?? '',
          maxSpots: template.spots,
          maxSpotsPerCustomer: template.price === 0 ? 2 : 1,
          price: { amount: template.price, currency: org.currency },
        },
        null,
      );
      created++;
    }
  }
  return created;
}

const weekdays = [1, 2, 3, 4, 5] as const;

type Where = { mode: 'at_location'; locationId: string } | { mode: 'at_customer' } | { mode: 'remote' };

/**
 * The appointment half: the studio, three providers (two in Stockholm, one in New York whose hours a
 * Stockholm visitor sees in the evening), a service of each kind, and three appointments in the coming
 * days. Nothing when the organisation already has a location, a provider or a service.
 */
async function seedDemoCatalogue(db: Db, ctx: RequestContext, now: Date, deps: DemoDeps) {
  const { org } = ctx;
  const [locations, providers, services] = await Promise.all([
    selectLocations(db, org.id),
    selectProviders(db, org.id, undefined),
    selectServices(db, org.id, undefined),
  ]);
  if (locations.length > 0 || providers.length > 0 || services.length > 0) return null;

  const studio = (
    await createLocation(
      db,
      ctx,
      {
        name: 'Slotwise Studio',
        address: { lines: ['Storgatan 1'], postalCode: '111 22', city: 'Stockholm', country: 'SE' },
        coordinates: { lat: 59.3326, lng: 18.0649 },
      },
      null,
    )
  ).body;
  const provider = async (name: string, bio: string, timeZone: string) => ({
    id: (await createProvider(db, ctx, { name, bio, userId: null, timeZone, active: true }, null)).body.id,
    timeZone,
  });
  const therapist = await provider(
    'Maja Ek',
    'Physiotherapist: sports injuries and back pain. At the studio, and online for follow-ups.',
    'Europe/Stockholm',
  );
  const cleaner = await provider(
    'Oskar Holm',
    'Leads our cleaning crew; brings everything needed.',
    'Europe/Stockholm',
  );
  const coach = await provider(
    'Dana Brooks',
    'Nutrition coach, online from New York: early mornings there are afternoons in Stockholm.',
    'America/New_York',
  );
  await putWeeklyHours(db, ctx, therapist.id, {
    intervals: weekdays.flatMap((weekday) => [
      { weekday, start: '09:00', end: '12:00', locationId: studio.id },
      { weekday, start: '13:00', end: '17:00', locationId: studio.id },
    ]),
  });
  await putWeeklyHours(db, ctx, cleaner.id, {
    intervals: weekdays.map((weekday) => ({ weekday, start: '08:00', end: '16:00', locationId: null })),
  });
  await putWeeklyHours(db, ctx, coach.id, {
    intervals: weekdays.map((weekday) => ({ weekday, start: '08:00', end: '14:00', locationId: null })),
  });

  const service = async (input: {
    name: string;
    description: string;
    durationMinutes: number;
    bufferAfterMinutes: number;
    slotIntervalMinutes: number;
    minimumNoticeMinutes: number;
    price: number;
    where: Where;
    providerIds: string[];
  }) =>
    (
      await createService(
        db,
        ctx,
        {
          ...input,
          price: { amount: input.price, currency: org.currency },
          bufferBeforeMinutes: 0,
          maximumDaysAhead: 60,
          active: true,
        },
        null,
      )
    ).body;
  const physiotherapy = await service({
    name: 'Physiotherapy',
    description: 'A 45-minute one-to-one session at the studio: assessment, treatment and exercises to take home.',
    durationMinutes: 45,
    bufferAfterMinutes: 15,
    slotIntervalMinutes: 30,
    minimumNoticeMinutes: 120,
    price: 65000,
    where: { mode: 'at_location', locationId: studio.id },
    providerIds: [therapist.id],
  });
  const cleaning = await service({
    name: 'Home cleaning',
    description: 'Two hours of cleaning at your address. Tell us the door code and anything to know in the notes.',
    durationMinutes: 120,
    bufferAfterMinutes: 30,
    slotIntervalMinutes: 60,
    minimumNoticeMinutes: 24 * 60,
    price: 120000,
    where: { mode: 'at_customer' },
    providerIds: [cleaner.id],
  });
  const consultation = await service({
    name: 'Video consultation',
    description: 'A 30-minute video call; the meeting link comes with the confirmation.',
    durationMinutes: 30,
    bufferAfterMinutes: 0,
    slotIntervalMinutes: 30,
    minimumNoticeMinutes: 60,
    price: 35000,
    where: { mode: 'remote' },
    providerIds: [therapist.id, coach.id],
  });

  // A few appointments already booked (by guests, paid at the visit), so that schedules are not empty.
  const book = async (
    serviceId: string,
    providerId: string,
    start: DateTime,
    guest: { name: string; email: string },
    visit: { address?: string; phone?: string; notes?: string } = {},
  ) => {
    await createBooking(
      db,
      ctx,
      {
        serviceId,
        providerId,
        start: start.toUTC().toISO() ?? '',
        spots: 1,
        guest,
        paymentMethod: 'venue',
        ...visit,
      },
      null,
      { now, publicUrl: deps.publicUrl, tokenKey: deps.tokenKey, cardGateway: null },
    );
  };
  await book(physiotherapy.id, therapist.id, workday(now, therapist.timeZone, 2, '10:00'), {
    name: 'Alva Berg',
    email: 'alva.berg@example.com',
  });
  await book(
    cleaning.id,
    cleaner.id,
    workday(now, cleaner.timeZone, 3, '09:00'),
    { name: 'Nils Strand', email: 'nils.strand@example.com' },
    {
      address: 'Sveavägen 20, 113 50 Stockholm',
      phone: '+46 70 123 45 67',
      notes: 'Door code 1234. A cat lives here.',
    },
  );
  await book(consultation.id, coach.id, workday(now, coach.timeZone, 2, '09:00'), {
    name: 'Lea Wong',
    email: 'lea.wong@example.com',
  });
  return { studioId: studio.id, services: 3, providers: 3, appointments: 3 };
}

/** The `nth` weekday (Monday–Friday) after today in `zone`, at the wall time `time` there. */
function workday(now: Date, zone: string, nth: number, time: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  let day = DateTime.fromJSDate(now, { zone }).startOf('day');
  for (let found = 0; found < nth; ) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5) found++;
  }
  return day.set({ hour, minute });
}
