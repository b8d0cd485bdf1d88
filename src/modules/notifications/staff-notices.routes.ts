import type { ZodApp } from '../../platform/http.ts';
import type { Services } from '../../platform/services.ts';
import { staffNotificationsSchema, staffNotificationsUpdateSchema } from './staff-notices.schema.ts';
import { changeStaffNotifications, readStaffNotifications } from './staff-notices.service.ts';

export function staffNoticeRoutes(app: ZodApp, { db }: Services): void {
  app.get(
    '/organisation/staff-notifications',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Whether and where staff are mailed when a customer books or cancels (admin)',
        response: { 200: staffNotificationsSchema },
      },
    },
    async (request) => readStaffNotifications(db, request.ctx),
  );

  app.patch(
    '/organisation/staff-notifications',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Switch the staff notification mail on or off, or choose its address (admin)',
        body: staffNotificationsUpdateSchema,
        response: { 200: staffNotificationsSchema },
      },
    },
    async (request) => changeStaffNotifications(db, request.ctx, request.body),
  );
}
