import { z } from 'zod';
import { lineSchema } from '../../platform/schemas.ts';
import { bookingSchema } from '../bookings/bookings.schema.ts';
import { classSchema } from '../classes/classes.schema.ts';

const feeSchema = z
  .strictObject({ kind: z.enum(['fixed', 'percent']), value: z.number().int() })
  .describe('fixed: minor units; percent: basis points (5000 = 50 %)');

export const rosterSchema = z
  .object({
    class: classSchema,
    policy: z.object({
      lateCancelFrom: z.iso.datetime().describe('From this instant a cancellation is late and the late action applies'),
      lateAction: z.enum(['refuse', 'fee', 'no_refund']).describe("Staff are never refused: 'refuse' is free for them"),
      lateFee: feeSchema.nullable(),
      noShowFee: feeSchema.nullable().describe('Null: a no-show keeps all that was paid'),
      refundTo: z.enum(['card', 'credit']),
    }),
    undoUntil: z.iso.datetime().describe('A check-in can be undone until the class ends'),
    counts: z.object({
      booked: z.number().int().describe('Spots held by bookings that are not cancelled'),
      attended: z.number().int(),
      noShow: z.number().int(),
      cancelled: z.number().int(),
    }),
    bookings: z.array(bookingSchema).describe("Every booking of the class, cancelled ones too, by the customer's name"),
  })
  .meta({ id: 'ClassRoster' });

export const rosterMessageInputSchema = z.strictObject({
  subject: lineSchema(200),
  text: z.string().trim().min(1).max(5000).describe('Plain text; blank lines separate paragraphs'),
});

export const rosterMessageSchema = z
  .object({
    id: z.uuid(),
    recipients: z.number().int().describe('One mail per booked customer'),
  })
  .meta({ id: 'RosterMessage' });

export const paidAtVenueInputSchema = z
  .strictObject({
    expectedAmount: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('What staff saw as due; another amount due now answers 409 amount_mismatch'),
  })
  .default({});

export type RosterDto = z.infer<typeof rosterSchema>;
export type RosterMessageInput = z.infer<typeof rosterMessageInputSchema>;
