/*
 * TEMPORARY: the appointment half of the API as the shared contract has it (booking DTO fields, the
 * booking list's provider filter, slots, appointment bookings), until main's booking API is merged
 * and `npm run web:api-types` generates these types. Then this file goes, and the pages use `api`.
 */
import { type Booking, type Schemas, client, ok } from '../../api/client';

export type AppointmentBooking = Booking & {
  kind: 'class' | 'appointment';
  title: string;
  startsAt: string;
  endsAt: string;
  startsAtLocal: string;
  endsAtLocal: string;
  timeZone: string;
  checkedInAt: string | null;
  finishedAt: string | null;
  appointment: {
    service: {
      id: string;
      name: string;
      locationMode: 'at_location' | 'at_customer' | 'remote';
      durationMinutes: number;
    };
    provider: { id: string; name: string };
    location: string | null;
    address: string | null;
    phone: string | null;
    notes: string | null;
    videoUrl: string | null;
    videoStatus: 'not_needed' | 'pending' | 'ready';
  } | null;
};

export interface Slot {
  start: string;
  end: string;
  startLocal: string;
  date: string;
  providerIds: string[];
}

export interface Slots {
  serviceId: string;
  timeZone: string;
  slots: Slot[];
  providers: { id: string; name: string }[];
}

export interface AppointmentInput {
  serviceId: string;
  start: string;
  providerId?: string;
  guest: { name: string; email: string };
  paymentMethod?: 'venue' | 'swish' | 'bank_transfer';
  address?: string;
  phone?: string;
  notes?: string;
}

export const contractApi = {
  providerBookings: (providerId: string, from: string, to: string) =>
    ok(
      client.GET('/api/v1/bookings', {
        params: { query: { providerId, kind: 'appointment', from, to, limit: 500 } as never },
      }),
    ) as Promise<{ bookings: AppointmentBooking[] }>,
  slots: (serviceId: string, query: { from: string; to: string; provider?: string; timeZone?: string }) =>
    ok(
      client.GET(
        '/api/v1/services/{serviceId}/slots' as never,
        {
          params: { path: { serviceId }, query },
        } as never,
      ),
    ) as Promise<Slots>,
  bookAppointment: (body: AppointmentInput, idempotencyKey: string) =>
    ok(
      client.POST('/api/v1/bookings', { body: body as never, headers: { 'idempotency-key': idempotencyKey } }),
    ) as Promise<Schemas['BookingCreated'] & { booking: AppointmentBooking }>,
};
