import { DateTime } from 'luxon';
import { type OrgContext, systemContext } from '../platform/context.ts';
import type { Db } from '../platform/db.ts';
import { selectClasses } from '../modules/classes/classes.repo.ts';
import { createClass } from '../modules/classes/classes.service.ts';
import { createLocation, listLocations } from '../modules/locations/locations.service.ts';
import { createProvider, putWeeklyHours } from '../modules/providers/providers.service.ts';
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

/** On first start, a week of classes so that a newcomer has something to book. */
export async function seedDemoClasses(db: Db, org: OrgContext, now: Date): Promise<number> {
  const studio = await seedDemoCatalogue(db, org);
  const existing = await selectClasses(db, org.id, { from: new Date(0), to: undefined, status: undefined, limit: 1 });
  if (existing.length > 0) return 0;
  const ctx = systemContext(org);
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

/**
 * Next to the classes, the appointment half: the studio as a location, two providers with weekly hours,
 * and a service of each kind (at the studio, at the customer's address, remote). Returns the studio's id.
 */
export async function seedDemoCatalogue(db: Db, org: OrgContext): Promise<string | null> {
  const ctx = systemContext(org);
  const existing = await listLocations(db, ctx);
  if (existing.length > 0) return existing[0]?.id ?? null;
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
  const provider = async (name: string, bio: string) =>
    (await createProvider(db, ctx, { name, bio, userId: null, active: true }, null)).body.id;
  const therapist = await provider('Maja Ek', 'Physiotherapist; sports injuries and back pain.');
  const advisor = await provider('Oskar Holm', 'Home visits and online coaching.');
  await putWeeklyHours(db, ctx, therapist, {
    intervals: weekdays.flatMap((weekday) => [
      { weekday, start: '09:00', end: '12:00', locationId: studio.id },
      { weekday, start: '13:00', end: '17:00', locationId: studio.id },
    ]),
  });
  await putWeeklyHours(db, ctx, advisor, {
    intervals: weekdays.map((weekday) => ({ weekday, start: '08:00', end: '16:00', locationId: null })),
  });
  const service = (input: {
    name: string;
    description: string;
    durationMinutes: number;
    price: number;
    where: { mode: 'at_location'; locationId: string } | { mode: 'at_customer' } | { mode: 'remote' };
    providerIds: string[];
    bufferAfterMinutes?: number;
  }) =>
    createService(
      db,
      ctx,
      {
        ...input,
        price: { amount: input.price, currency: org.currency },
        bufferBeforeMinutes: 0,
        bufferAfterMinutes: input.bufferAfterMinutes ?? 0,
        slotIntervalMinutes: 30,
        minimumNoticeMinutes: 120,
        maximumDaysAhead: 60,
        active: true,
      },
      null,
    );
  await service({
    name: 'Physiotherapy session',
    description: 'A one-to-one session at the studio.',
    durationMinutes: 60,
    price: 65000,
    where: { mode: 'at_location', locationId: studio.id },
    providerIds: [therapist],
    bufferAfterMinutes: 15,
  });
  await service({
    name: 'Home visit',
    description: 'We come to your address.',
    durationMinutes: 90,
    price: 95000,
    where: { mode: 'at_customer' },
    providerIds: [advisor],
    bufferAfterMinutes: 30,
  });
  await service({
    name: 'Online consultation',
    description: 'A video call.',
    durationMinutes: 30,
    price: 35000,
    where: { mode: 'remote' },
    providerIds: [therapist, advisor],
  });
  return studio.id;
}
