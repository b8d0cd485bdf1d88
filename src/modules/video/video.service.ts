/**
 * Meeting rooms for remote appointments, made and removed by outbox jobs after the booking's
 * transaction commits, so a slow or failing video service never fails or delays a booking: the job
 * retries with back-off, and meanwhile the booking says the link is coming (`videoStatus: 'pending'`).
 */
import { type Db, transaction } from '../../platform/db.ts';
import type { JobKind } from '../../platform/job-types.ts';
import { type JobHandler, type JobRow, PermanentJobError, enqueue } from '../../platform/jobs.ts';
import type { VideoMeetings } from '../../platform/video.ts';
import { storeVideoUrl } from '../bookings/bookings.repo.ts';
import { booked } from '../bookings/bookings.what.ts';
import { type BookingView, findBookingView } from '../payments/booking-views.ts';

export const videoJobs = {
  createRoom: 'video.create_room',
  deleteRoom: 'video.delete_room',
} as const satisfies Record<string, JobKind>;

export interface VideoDeps {
  db: Db;
  /** Null when VIDEO_PROVIDER=none. */
  video: VideoMeetings | null;
  now: () => Date;
}

export function videoHandlers(deps: VideoDeps): Record<(typeof videoJobs)[keyof typeof videoJobs], JobHandler> {
  return {
    [videoJobs.createRoom]: (job) => withRemoteBooking(deps, job, (view, video) => createRoom(deps, job, view, video)),
    [videoJobs.deleteRoom]: (job) =>
      withRemoteBooking(deps, job, async (view, video) => {
        // Made live again since (an unbookable payment booked after all): its room stays.
        if (view.booking.status !== 'cancelled') return 'skipped: the booking is live';
        // By its name, not the stored link: a room whose creation answer was lost has no link here.
        await video.deleteRoom(video.roomRef(view.booking.id));
        return 'room removed';
      }),
  };
}

async function withRemoteBooking(
  deps: VideoDeps,
  job: JobRow,
  fn: (view: BookingView, video: VideoMeetings) => Promise<string>,
): Promise<string> {
  const bookingId = (job.payload as { bookingId?: string }).bookingId;
  if (!bookingId) throw new PermanentJobError('video job without bookingId');
  const view = await findBookingView(deps.db, job.orgId, { id: bookingId });
  if (!view) return 'skipped: the booking is gone';
  // Checkout queues the job before its booking row exists, for both kinds: a class needs no room.
  if (view.service?.locationMode !== 'remote') return 'skipped: not a remote appointment';
  if (!deps.video) return 'skipped: video meetings are turned off (VIDEO_PROVIDER=none)';
  return fn(view, deps.video);
}

/**
 * Makes the room (or finds the one an earlier attempt made, or moves its window after a reschedule:
 * the adapter names rooms by booking, so the link never changes), stores the link, and queues the
 * link mail when the link is new. A booking cancelled while the room was being made has its room
 * removed again here, since its own delete job may have run before the room existed.
 */
async function createRoom(deps: VideoDeps, job: JobRow, view: BookingView, video: VideoMeetings): Promise<string> {
  const { booking } = view;
  if (booking.status === 'cancelled') return 'skipped: the booking was cancelled';
  // Queued again when the payment settles it: no room for a booking that may never be paid.
  if (booking.status === 'pending') return 'skipped: waiting for payment';
  const what = booked(view);
  if (what.endsAt <= deps.now()) return 'skipped: the session is over';
  const room = await video.createRoom({
    bookingId: booking.id,
    startsAt: what.startsAt,
    endsAt: what.endsAt,
    title: what.title,
  });
  if (room.url === booking.videoUrl) return 'room ready; the link is unchanged';
  const stored = await transaction(deps.db, async (tx) => {
    if (!(await storeVideoUrl(tx, job.orgId, booking.id, room.url))) return false;
    await enqueue(tx, job.orgId, 'mail.video_link', { bookingId: booking.id }, { maxAttempts: 20 });
    return true;
  });
  if (stored) return 'link stored';
  await video.deleteRoom(room.providerRef);
  return 'skipped: cancelled while the room was made; room removed';
}
