import { DateTime } from 'luxon';
import { type OrgContext, systemContext } from '../platform/context.ts';
import type { Db } from '../platform/db.ts';
import { selectClasses } from '../modules/classes/classes.repo.ts';
import { createClass } from '../modules/classes/classes.service.ts';

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
