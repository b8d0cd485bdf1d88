/** The waitlist routes, apart from api.ts so that the waitlist keeps its calls in one place. */
import type { components, paths } from './schema';
import { client, ok } from './client';

export type WaitlistEntry = components['schemas']['WaitlistEntry'];
export type ClaimInput = NonNullable<
  paths['/api/v1/waitlist/{token}/claim']['post']['requestBody']
>['content']['application/json'];

const byToken = (token: string) => ({ params: { path: { token } } });

export const waitlistApi = {
  join: (classId: string, guest?: { name: string; email: string; locale: 'en' | 'sv' }) =>
    ok(
      client.POST('/api/v1/classes/{classId}/waitlist', {
        params: { path: { classId } },
        body: guest ? { guest } : {},
      }),
    ),
  entry: (token: string) => ok(client.GET('/api/v1/waitlist/{token}', byToken(token))),
  leave: (token: string) => ok(client.POST('/api/v1/waitlist/{token}/leave', byToken(token))),
  claim: (token: string, body: ClaimInput, idempotencyKey: string) =>
    ok(
      client.POST('/api/v1/waitlist/{token}/claim', {
        ...byToken(token),
        body,
        headers: { 'idempotency-key': idempotencyKey },
      }),
    ),
  mine: () => ok(client.GET('/api/v1/me/waitlist')),
  ofClass: (classId: string) => ok(client.GET('/api/v1/classes/{classId}/waitlist', { params: { path: { classId } } })),
};
