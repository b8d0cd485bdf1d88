// The web app's time helpers behind "Show times in my time zone" (issue 12): a studio time shown on
// the studio's clock or on a New York visitor's, across the DST changes of both zones. Europe
// changes on the last Sundays of March and October, the US two and one weeks apart from it, so the
// difference between the clocks is 5 hours on some of these dates and 6 on others.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clockRange, clockText, dateIn, offerVisitorZone, shownZone } from '../../web/src/zone-clock.ts';

const STUDIO = 'Europe/Stockholm';
const VISITOR = 'America/New_York';

/** A class of an hour from `startsAt` (UTC), as the server stores it. */
const classAt = (startsAt: string) => ({
  startsAt,
  endsAt: new Date(new Date(startsAt).getTime() + 3600_000).toISOString(),
});

describe('times on the studio clock or the visitor’s', () => {
  test("the studio's zone is the default; the visitor's only when chosen", () => {
    assert.equal(shownZone(STUDIO, VISITOR, false), STUDIO);
    assert.equal(shownZone(STUDIO, VISITOR, true), VISITOR);
    assert.equal(offerVisitorZone([STUDIO], VISITOR), true);
    assert.equal(offerVisitorZone([STUDIO], STUDIO), false, 'nothing to switch for a visitor in the studio');
    assert.equal(offerVisitorZone([STUDIO, 'Europe/London'], STUDIO), true, 'a location abroad differs');
  });

  test('a class at 18:00 in Stockholm on each side of the March change', () => {
    // 27 March 2027: Stockholm on winter time (+1), New York already on summer time (−4): 5 hours apart.
    // 18:00 in Stockholm is 17:00 UTC.
    const before = classAt('2027-03-27T17:00:00.000Z');
    assert.equal(clockRange(before.startsAt, before.endsAt, 'en-GB', STUDIO), '18:00–19:00');
    assert.equal(clockRange(before.startsAt, before.endsAt, 'en-GB', VISITOR), '13:00–14:00');
    // 28 March 2027, the change day: Stockholm on summer time (+2): 6 hours apart.
    const after = classAt('2027-03-28T16:00:00.000Z');
    assert.equal(clockRange(after.startsAt, after.endsAt, 'en-GB', STUDIO), '18:00–19:00');
    assert.equal(clockRange(after.startsAt, after.endsAt, 'sv-SE', VISITOR), '12:00–13:00');
  });

  test('a class at 18:00 in Stockholm on each side of the October change', () => {
    const before = classAt('2027-10-30T16:00:00.000Z');
    assert.equal(clockRange(before.startsAt, before.endsAt, 'en-GB', STUDIO), '18:00–19:00');
    assert.equal(clockRange(before.startsAt, before.endsAt, 'en-GB', VISITOR), '12:00–13:00');
    // 31 October 2027: Stockholm back on winter time, New York not until 7 November: 5 hours apart.
    const after = classAt('2027-10-31T17:00:00.000Z');
    assert.equal(clockRange(after.startsAt, after.endsAt, 'en-GB', STUDIO), '18:00–19:00');
    assert.equal(clockRange(after.startsAt, after.endsAt, 'en-GB', VISITOR), '13:00–14:00');
    assert.equal(clockText(after.startsAt, 'day', 'en-GB', VISITOR), 'Sunday 31 October');
  });

  test("an early class falls on the day before on the visitor's clock", () => {
    // 01:00 on 29 March in Stockholm (summer time).
    const early = '2027-03-28T23:00:00.000Z';
    assert.equal(dateIn(early, STUDIO), '2027-03-29');
    assert.equal(dateIn(early, VISITOR), '2027-03-28');
    assert.equal(clockText(early, 'time', 'en-GB', VISITOR), '19:00');
  });
});
