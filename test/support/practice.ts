import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import type { Client } from './app.ts';

export interface Practice {
  serviceId: string;
  providerIds: string[];
}

/** A service and its providers, each working every day 09:00–17:00 in `zone` (test setup through the API). */
export async function setupPractice(
  admin: Client,
  options: { providers?: number; zone?: string; service?: Record<string, unknown>; name?: string } = {},
): Promise<Practice> {
  const providerIds: string[] = [];
  for (let i = 0; i < (options.providers ?? 1); i++) {
    const provider = await admin.post('/api/v1/providers', {
      name: `${options.name ?? 'Provider'} ${i + 1}`,
      timeZone: options.zone ?? 'Europe/Stockholm',
    });
    assert.equal(provider.status, 201, JSON.stringify(provider.body));
    const hours = await admin.request('PUT', `/api/v1/providers/${provider.body.id}/hours`, {
      intervals: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
    });
    assert.equal(hours.status, 200, JSON.stringify(hours.body));
    providerIds.push(provider.body.id as string);
  }
  const service = await admin.post('/api/v1/services', {
    name: options.name ?? 'Session',
    durationMinutes: 60,
    slotIntervalMinutes: 60,
    price: { amount: 0 },
    where: { mode: 'remote' },
    providerIds,
    ...options.service,
  });
  assert.equal(service.status, 201, JSON.stringify(service.body));
  return { serviceId: service.body.id as string, providerIds };
}

/** `days` from today at the wall time `time` in `zone`, as an ISO instant. */
export const localStart = (days: number, time: string, zone = 'Europe/Stockholm', now = new Date()): string => {
  const [hour, minute] = time.split(':').map(Number);
  return (
    DateTime.fromJSDate(now, { zone })
      .plus({ days })
      .set({ hour, minute, second: 0, millisecond: 0 })
      .toUTC()
      .toISO({ suppressMilliseconds: true }) ?? ''
  );
};

export const guest = (n: number | string) => ({ name: `Guest ${n}`, email: `guest${n}@example.test` });
