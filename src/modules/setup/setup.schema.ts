import { z } from 'zod';

export const setupStepIds = ['business', 'offer', 'hours', 'payments', 'booking_page'] as const;

export const setupChecklistSchema = z
  .object({
    show: z
      .boolean()
      .describe(
        'Whether the dashboard shows the checklist: not put away, a step still to do, and no booking made yet ' +
          '(a business taking bookings is set up)',
      ),
    dismissedAt: z.iso.datetime().nullable().describe('When an admin put the checklist away; null while it is shown'),
    steps: z
      .array(
        z.object({
          id: z
            .enum(setupStepIds)
            .describe(
              'business: the settings (name, time zone) saved once; offer: an active service or a class; hours: a ' +
                'provider with weekly hours who offers an active service (left out for classes only); payments: ' +
                'every payment method offered works here (card needs Stripe, Swish a number, bank transfer an ' +
                'account); booking_page: the public booking page has been opened',
            ),
          done: z.boolean(),
        }),
      )
      .describe('In the order to do them, each done or not from the data as it is now'),
  })
  .meta({ id: 'SetupChecklist' });

export type SetupChecklistDto = z.infer<typeof setupChecklistSchema>;
