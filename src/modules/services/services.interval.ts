/**
 * The step between start times of a service that sets none: its length and both its buffers. A booked
 * time keeps its provider's time from its buffer before to its buffer after, and the next booking's
 * buffer before must not reach into it (the database keeps each appointment's own buffers, so two sit
 * between two appointments), so a step of the length alone (60-minute sessions with 15 minutes after:
 * 9:00, 10:00, …) offers starts that the first booking then blocks, one in two. A service that sets its
 * interval keeps it: the workload's 15-minute grid (../shared/bench) is one. Here rather than in
 * ../availability, which the catalogue may not import: a service's answer names its interval too.
 */
export function defaultSlotIntervalMinutes(service: {
  durationMinutes: number;
  bufferBeforeMinutes?: number;
  bufferAfterMinutes?: number;
}): number {
  return service.durationMinutes + (service.bufferBeforeMinutes ?? 0) + (service.bufferAfterMinutes ?? 0);
}
