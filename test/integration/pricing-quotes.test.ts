import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { distanceKm } from '../../src/modules/pricing/pricing.engine.ts';
import { type Client, type TestApp, classInput, guest, startTestApp } from '../support/app.ts';
import { type NominatimServer, startNominatimServer } from '../support/nominatim-server.ts';
import { localStart, setupPractice } from '../support/practice.ts';

let t: TestApp;
let admin: Client;
let nominatim: NominatimServer;
before(async () => {
  // Alive for the whole file, however slow a loaded machine makes it.
  nominatim = await startNominatimServer(30 * 60_000);
  t = await startTestApp({ env: { GEOCODER_URL: nominatim.url } });
  admin = await t.admin(); // Swish is offered once there is a number to pay to.
  assert.equal((await admin.patch('/api/v1/organisation', { swishNumber: '123 456 78 90' })).status, 200);
});
after(async () => {
  await t.close();
  await nominatim.close();
});

const rows = async <Row>(query: string): Promise<Row[]> =>
  ((await t.database.db.execute(sql.raw(query))) as unknown as { rows: Row[] }).rows;
const count = async (table: string): Promise<number> =>
  (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? 0;
const tablesWritten = ['bookings', 'payments', 'promo_uses', 'booking_quotes', 'booking_price_lines', 'customers'];
const snapshot = async () => Promise.all(tablesWritten.map(count));

const quote = (body: Record<string, unknown>) => t.client().post('/api/v1/quotes', body);
const book = (body: Record<string, unknown>, n: number | string) =>
  t.client().post('/api/v1/bookings', { paymentMethod: 'venue', guest: guest(n), ...body });
const newClass = async (overrides: Record<string, unknown> = {}) => {
  const created = await admin.post(
    '/api/v1/classes',
    classInput({ maxSpots: 100, maxSpotsPerCustomer: 10, ...overrides }),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id as string;
};
const newPromo = async (body: Record<string, unknown>) => {
  const created = await admin.post('/api/v1/pricing/promo-codes', body);
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body as { id: string; code: string };
};
const rate = async (basisPoints: number): Promise<string> => {
  const list = await admin.get('/api/v1/pricing/tax-rates');
  return list.body.taxRates.find((r: { basisPoints: number }) => r.basisPoints === basisPoints).id;
};
const usesOf = async (promoId: string): Promise<number> =>
  (await admin.get(`/api/v1/pricing/promo-codes/${promoId}`)).body.usesCount;

const stockholm = { lat: 59.3293, lon: 18.0686 };
const sodertalje = { lat: 59.1955, lon: 17.6253 };
const uppsala = { lat: 59.8586, lon: 17.6389 };

describe('quotes', () => {
  test("a quote tells the cancellation terms: the organisation's deadline, or the class type's policy with its fee", async () => {
    const plain = await newClass({ price: { amount: 20000 } });
    const startsAt = new Date((await admin.get(`/api/v1/classes/${plain}`)).body.startsAt);
    const hours = (await admin.get('/api/v1/organisation')).body.cancellationDeadlineHours as number;
    const terms = (await quote({ classId: plain, spots: 1 })).body.cancellation;
    assert.deepEqual(terms, {
      freeUntil: new Date(startsAt.getTime() - hours * 3600_000).toISOString(),
      lateAction: 'refuse',
      lateFee: null,
    });

    const type = await admin.post('/api/v1/class-types', { name: 'Late-fee type' });
    const policy = await admin.request('PUT', '/api/v1/cancellation-policies', {
      classTypeId: type.body.id,
      freeHours: 2,
      lateAction: 'fee',
      lateFee: { kind: 'percent', value: 5000 },
    });
    assert.equal(policy.status, 200, JSON.stringify(policy.body));
    const typed = await newClass({ price: { amount: 20000 }, classTypeId: type.body.id });
    const typedStart = new Date((await admin.get(`/api/v1/classes/${typed}`)).body.startsAt);
    assert.deepEqual((await quote({ classId: typed, spots: 1 })).body.cancellation, {
      freeUntil: new Date(typedStart.getTime() - 2 * 3600_000).toISOString(),
      lateAction: 'fee',
      lateFee: { kind: 'percent', value: 5000 },
    });
  });

  test('a class with no tax rate and no deposit costs its price times the spots, as before', async () => {
    const classId = await newClass({ price: { amount: 15000 } });
    const answer = await quote({ classId, spots: 3 });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    const { cancellation: _, ...price } = answer.body;
    assert.deepEqual(price, {
      currency: 'SEK',
      pricesIncludeTax: true,
      lines: [{ kind: 'base', label: 'Pilates', quantity: 3, unitAmount: 15000, amount: 45000, ref: null }],
      subtotal: 45000,
      discount: 0,
      taxes: [],
      taxTotal: 0,
      total: 45000,
      depositDueNow: 45000,
      dueLater: 0,
      promoApplied: false,
    });
  });

  test('tax: carved out of inclusive prices, added to exclusive ones', async () => {
    const classId = await newClass({ price: { amount: 12500 } });
    const vat = await rate(2500);
    await admin.request('PUT', `/api/v1/pricing/classes/${classId}`, { taxRateId: vat, deposit: { kind: 'none' } });
    const inclusive = await quote({ classId });
    assert.equal(inclusive.body.total, 12500);
    assert.deepEqual(inclusive.body.taxes, [
      { name: 'VAT 25 %', basisPoints: 2500, taxableAmount: 10000, taxAmount: 2500 },
    ]);
    await admin.patch('/api/v1/pricing/settings', { pricesIncludeTax: false });
    try {
      const exclusive = await quote({ classId });
      assert.equal(exclusive.body.taxTotal, 3125);
      assert.equal(exclusive.body.total, 15625);
      assert.equal(exclusive.body.pricesIncludeTax, false);
    } finally {
      await admin.patch('/api/v1/pricing/settings', { pricesIncludeTax: true });
    }
    // The organisation's default rate applies to items without one of their own.
    const other = await newClass({ price: { amount: 10600 } });
    await admin.patch('/api/v1/pricing/settings', { defaultTaxRateId: await rate(600) });
    try {
      assert.equal((await quote({ classId: other })).body.taxTotal, 600);
    } finally {
      await admin.patch('/api/v1/pricing/settings', { defaultTaxRateId: null });
    }
  });

  test('the travel fee: by distance band from a map pin or a geocoded address, by postcode zone', async () => {
    const visit = await setupPractice(admin, {
      name: 'Notary visit',
      service: { where: { mode: 'at_customer' }, price: { amount: 90000 } },
    });
    const start = localStart(3, '10:00');
    // Before the organisation draws its area, an at-customer service costs its price, as it always did.
    const undrawn = await quote({ serviceId: visit.serviceId, start, place: sodertalje });
    assert.equal(undrawn.body.total, 90000);
    const area = await admin.request('PUT', '/api/v1/pricing/service-area', {
      centre: stockholm,
      bands: [
        { upToKm: 10, fixedAmount: 0, perKmAmount: 0 },
        { upToKm: 50, fixedAmount: 10000, perKmAmount: 500 },
      ],
      postcodeZones: [
        { prefix: '11', amount: 0 },
        { prefix: '151', amount: 25000 },
      ],
    });
    assert.equal(area.status, 200, JSON.stringify(area.body));

    const metres = Math.round(distanceKm(stockholm, sodertalje) * 1000);
    const fee = 10000 + 500 * Math.ceil((metres - 10000) / 1000);
    const pinned = await quote({ serviceId: visit.serviceId, start, place: sodertalje });
    assert.equal(pinned.status, 200, JSON.stringify(pinned.body));
    assert.deepEqual(
      pinned.body.lines.map((line: { kind: string; amount: number }) => [line.kind, line.amount]),
      [
        ['base', 90000],
        ['travel', fee],
      ],
    );
    assert.equal(pinned.body.total, 90000 + fee);

    nominatim.addPlace('Storgatan 1, Södertälje', sodertalje.lat, sodertalje.lon);
    const placed = await quote({ serviceId: visit.serviceId, start, address: 'Storgatan 1, Södertälje' });
    assert.equal(placed.body.total, 90000 + fee);
    assert.ok(nominatim.requests.some((request) => request.params.q === 'Storgatan 1, Södertälje'));

    const zoned = await quote({ serviceId: visit.serviceId, start, place: { postcode: '151 32' } });
    assert.equal(zoned.body.total, 115000);
    assert.equal(zoned.body.lines[1].ref, '151');
  });

  test('a weekend surcharge on appointments, in the local time zone', async () => {
    const practice = await setupPractice(admin, { name: 'Weekend', service: { price: { amount: 50000 } } });
    const rule = await admin.post('/api/v1/pricing/surcharges', {
      name: 'Weekend',
      when: { kind: 'weekly', weekdays: [6, 7], from: null, until: null },
      adjustment: { kind: 'percent', basisPoints: 2000 },
    });
    try {
      // The next Saturday and the Wednesday before it, at 10:00 in Stockholm.
      const days = (weekday: number) => {
        for (let d = 2; d < 10; d++) {
          const start = localStart(d, '10:00');
          if (DateTime.fromISO(start, { zone: 'Europe/Stockholm' }).weekday === weekday) return start;
        }
        throw new Error('no such day');
      };
      const saturday = await quote({ serviceId: practice.serviceId, start: days(6) });
      assert.deepEqual(saturday.body.lines[1], {
        kind: 'surcharge',
        label: 'Weekend',
        quantity: 1,
        unitAmount: 10000,
        amount: 10000,
        ref: rule.body.id,
      });
      assert.equal(saturday.body.total, 60000);
      assert.equal((await quote({ serviceId: practice.serviceId, start: days(3) })).body.total, 50000);
    } finally {
      await admin.delete(`/api/v1/pricing/surcharges/${rule.body.id}`);
    }
  });

  test('a deposit is a share of the total; the rest is due later', async () => {
    const classId = await newClass({ price: { amount: 20000 } });
    await admin.request('PUT', `/api/v1/pricing/classes/${classId}`, {
      taxRateId: null,
      deposit: { kind: 'percent', basisPoints: 2500 },
    });
    const percent = await quote({ classId, spots: 2 });
    assert.equal(percent.body.depositDueNow, 10000);
    assert.equal(percent.body.dueLater, 30000);
    await admin.request('PUT', `/api/v1/pricing/classes/${classId}`, {
      taxRateId: null,
      deposit: { kind: 'fixed', amount: 5000 },
    });
    assert.equal((await quote({ classId })).body.depositDueNow, 5000);
  });

  test('bad input: each its own code, and nothing written', async () => {
    const classId = await newClass({ price: { amount: 10000 } });
    const visit = await setupPractice(admin, {
      name: 'Far visit',
      service: { where: { mode: 'at_customer' }, price: { amount: 10000 } },
    });
    const start = localStart(3, '11:00');
    await newPromo({ code: 'OLD', adjustment: { kind: 'fixed', amount: 100 }, validUntil: '2020-01-01T00:00:00Z' });
    await newPromo({ code: 'LATER', adjustment: { kind: 'fixed', amount: 100 }, validFrom: '2100-01-01T00:00:00Z' });
    await newPromo({ code: 'CLASSES', adjustment: { kind: 'fixed', amount: 100 }, appliesTo: { kind: 'classes' } });
    const off = await newPromo({ code: 'OFF', adjustment: { kind: 'fixed', amount: 100 } });
    await admin.patch(`/api/v1/pricing/promo-codes/${off.id}`, { active: false });
    // An amount off is in the studio's kronor: not for a class priced in euros. A percentage is.
    await newPromo({ code: 'FIFTY', adjustment: { kind: 'fixed', amount: 5000 } });
    await newPromo({ code: 'HALF', adjustment: { kind: 'percent', basisPoints: 5000 } });
    const euroClass = await newClass({ price: { amount: 10000, currency: 'EUR' } });
    const before = await snapshot();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ classId, promoCode: 'NOSUCH' }, 404, 'promo_not_found'],
      [{ classId: euroClass, promoCode: 'FIFTY' }, 422, 'promo_not_applicable'],
      [{ classId, promoCode: 'off' }, 404, 'promo_not_found'],
      [{ classId, promoCode: 'old' }, 422, 'promo_expired'],
      [{ classId, promoCode: 'LATER' }, 422, 'promo_expired'],
      [{ serviceId: visit.serviceId, start, place: stockholm, promoCode: 'classes' }, 422, 'promo_not_applicable'],
      [{ serviceId: visit.serviceId, start, place: uppsala }, 422, 'out_of_service_area'],
      [{ serviceId: visit.serviceId, start, place: { postcode: '999 99' } }, 422, 'out_of_service_area'],
      [{ serviceId: visit.serviceId, start, address: 'Nowhere Street 404' }, 422, 'address_not_placed'],
      [{ serviceId: visit.serviceId, start }, 422, 'address_required'],
      [{ serviceId: visit.serviceId, start, place: { lat: 91, lon: 0 } }, 400, 'validation_failed'],
      [{ serviceId: visit.serviceId, start, place: { lat: 0, lon: -181 } }, 400, 'validation_failed'],
      [{ classId, spots: 0 }, 400, 'validation_failed'],
      [{ classId, spots: 1_000_000 }, 400, 'validation_failed'],
      [{ classId, spots: 1.5 }, 400, 'validation_failed'],
      [{ classId, serviceId: visit.serviceId, start }, 400, 'validation_failed'],
      [{ classId: crypto.randomUUID() }, 404, 'class_not_found'],
    ];
    for (const [body, status, code] of cases) {
      const answer = await quote(body);
      assert.equal(answer.status, status, `${JSON.stringify(body)} → ${JSON.stringify(answer.body)}`);
      assert.equal(answer.body.error.code, code, JSON.stringify(body));
    }
    const halfOff = await quote({ classId: euroClass, promoCode: 'HALF' });
    assert.equal(halfOff.status, 200, JSON.stringify(halfOff.body));
    assert.equal(halfOff.body.total, 5000);
    // The same refusals when booking, and nothing is written either.
    const refused = await book({ classId, promoCode: 'old' }, 'refused-1');
    assert.equal(refused.body.error.code, 'promo_expired');
    nominatim.addPlace('Vaksalagatan 1, Uppsala', uppsala.lat, uppsala.lon);
    const far = await book(
      { serviceId: visit.serviceId, start, address: 'Vaksalagatan 1, Uppsala', place: uppsala },
      'refused-2',
    );
    assert.equal(far.body.error.code, 'out_of_service_area');
    // The fee is the address's: a pin at the studio beside an address the geocoder places in Uppsala,
    // or a postcode of the free zone beside an address with another one, prices nothing lower.
    const pinnedHome = await book(
      { serviceId: visit.serviceId, start, address: 'Vaksalagatan 1, Uppsala', place: stockholm },
      'refused-3',
    );
    assert.equal(pinnedHome.body.error.code, 'out_of_service_area', JSON.stringify(pinnedHome.body));
    for (const ask of [quote, (body: Record<string, unknown>) => book(body, 'refused-4')]) {
      const mismatch = await ask({
        serviceId: visit.serviceId,
        start,
        address: 'Märsta Centrum 1, 195 30 Märsta',
        place: { postcode: '151 32' },
      });
      assert.equal(mismatch.status, 422, JSON.stringify(mismatch.body));
      assert.equal(mismatch.body.error.code, 'postcode_not_in_address');
    }
    const written = await quote({
      serviceId: visit.serviceId,
      start,
      address: 'Storgatan 9, 15132 Södertälje',
      place: { postcode: '151 32' },
    });
    assert.equal(written.status, 200, 'a postcode written in the address, blanks aside, is its own');
    assert.deepEqual(await snapshot(), before);
  });
});

describe('booking at the quote', () => {
  test('the booking keeps its lines, with each line’s tax, and shows total, paid and due', async () => {
    const classId = await newClass({ price: { amount: 12500 } });
    await admin.request('PUT', `/api/v1/pricing/classes/${classId}`, {
      taxRateId: await rate(2500),
      deposit: { kind: 'percent', basisPoints: 4000 },
    });
    const promo = await newPromo({ code: 'TENOFF', adjustment: { kind: 'percent', basisPoints: 1000 } });
    const shown = await quote({ classId, spots: 2, promoCode: 'tenoff' });
    assert.equal(shown.body.total, 22500);
    const booked = await book(
      { classId, spots: 2, promoCode: 'tenoff', expectedTotal: 22500, paymentMethod: 'swish' },
      'lines',
    );
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    const { booking, payment } = booked.body;
    assert.deepEqual(booking.price, { amount: 22500, currency: 'SEK' });
    assert.equal(payment.amount.amount, 9000, 'the payment is for the deposit');
    assert.equal(booking.pricing.promoCode, 'TENOFF');
    assert.deepEqual(booking.pricing.depositDueNow, { amount: 9000, currency: 'SEK' });
    assert.deepEqual(
      booking.pricing.lines.map((line: { kind: string; amount: number; tax: { amount: number } }) => [
        line.kind,
        line.amount,
        line.tax.amount,
      ]),
      [
        ['base', 25000, 5000],
        ['discount', -2500, -500],
      ],
    );
    assert.deepEqual(booking.paid, { amount: 0, currency: 'SEK' });
    assert.deepEqual(booking.due, { amount: 22500, currency: 'SEK' });
    const stored = await rows<{ kind: string; amount: string; tax_amount: string; tax_basis_points: number }>(
      `SELECT kind, amount, tax_amount, tax_basis_points FROM booking_price_lines
       WHERE booking_id = '${booking.id}' ORDER BY position`,
    );
    assert.deepEqual(
      stored.map((line) => [line.kind, Number(line.amount), Number(line.tax_amount), line.tax_basis_points]),
      [
        ['base', 25000, 5000, 2500],
        ['discount', -2500, -500, 2500],
      ],
    );
    assert.equal(await usesOf(promo.id), 1);

    const marked = await admin.post(`/api/v1/payments/${payment.id}/mark-paid`, {});
    assert.equal(marked.status, 200, JSON.stringify(marked.body));
    const read = await admin.get(`/api/v1/bookings/${booking.id}`);
    assert.deepEqual(read.body.paid, { amount: 9000, currency: 'SEK' });
    assert.deepEqual(read.body.due, { amount: 13500, currency: 'SEK' });
    assert.equal(read.body.pricing.lines.length, 2);
  });

  test('a total other than the quote the customer saw: 409 price_changed with the new quote', async () => {
    const classId = await newClass({ price: { amount: 30000 } });
    const before = await snapshot();
    const changed = await book({ classId, expectedTotal: 25000 }, 'changed');
    assert.equal(changed.status, 409);
    assert.equal(changed.body.error.code, 'price_changed');
    assert.equal(changed.body.error.details.quote.total, 30000);
    assert.deepEqual(await snapshot(), before);
    assert.equal((await book({ classId, expectedTotal: 30000 }, 'changed')).status, 201);
  });

  test('an appointment at the customer’s: the travel fee and the promo are in its price', async () => {
    const visit = await setupPractice(admin, {
      name: 'Notary',
      service: { where: { mode: 'at_customer' }, price: { amount: 90000 } },
    });
    await newPromo({ code: 'NOTARY', adjustment: { kind: 'fixed', amount: 5000 }, appliesTo: { kind: 'services' } });
    const start = localStart(4, '13:00');
    const shown = await quote({ serviceId: visit.serviceId, start, place: { postcode: '15132' }, promoCode: 'NOTARY' });
    assert.equal(shown.body.total, 110000);
    const booked = await book(
      {
        serviceId: visit.serviceId,
        start,
        address: 'Storgatan 9, 151 32 Södertälje',
        place: { postcode: '15132' },
        promoCode: 'NOTARY',
        expectedTotal: 110000,
      },
      'notary',
    );
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.deepEqual(booked.body.booking.price, { amount: 110000, currency: 'SEK' });
    assert.deepEqual(
      booked.body.booking.pricing.lines.map((line: { kind: string }) => line.kind),
      ['base', 'travel', 'discount'],
    );
    assert.deepEqual(booked.body.booking.due, { amount: 110000, currency: 'SEK' }, 'paid at the venue');
  });
});

describe('promo limits', () => {
  test('50 simultaneous bookings with a code for 10 uses: exactly 10 discounted, the rest promo_exhausted', async () => {
    const classId = await newClass({ price: { amount: 10000 } });
    const promo = await newPromo({ code: 'RUSH10', adjustment: { kind: 'fixed', amount: 2000 }, maxUses: 10 });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => book({ classId, promoCode: 'rush10' }, `rush-${i}`)),
    );
    const booked = answers.filter((answer) => answer.status === 201);
    const outcomes = answers.map((answer) => `${answer.status} ${answer.body.error?.code ?? ''}`);
    assert.equal(booked.length, 10, outcomes.join(', '));
    assert.ok(booked.every((answer) => answer.body.booking.price.amount === 8000));
    const refused = answers.filter((answer) => answer.status !== 201);
    assert.ok(
      refused.every((answer) => answer.status === 409 && answer.body.error.code === 'promo_exhausted'),
      outcomes.join(', '),
    );
    assert.equal(await usesOf(promo.id), 10);
    assert.equal(
      (await rows<{ n: number }>(`SELECT count(*)::int AS n FROM bookings WHERE class_id = '${classId}'`))[0]?.n,
      10,
    );

    // Asked for it, a booker past the limit gets the full price instead.
    const more = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        book({ classId, promoCode: 'RUSH10', withoutPromoIfExhausted: true }, `rush-more-${i}`),
      ),
    );
    assert.ok(more.every((answer) => answer.status === 201 && answer.body.booking.price.amount === 10000));
    assert.equal(await usesOf(promo.id), 10);
  });

  test('a cancelled booking gives its use back, by whatever path it is cancelled', async () => {
    const classId = await newClass({ price: { amount: 10000 } });
    const promo = await newPromo({ code: 'ONCE', adjustment: { kind: 'fixed', amount: 1000 }, maxUses: 1 });
    const first = await book({ classId, promoCode: 'ONCE' }, 'once-1');
    assert.equal(first.status, 201);
    assert.equal((await book({ classId, promoCode: 'ONCE' }, 'once-2')).body.error.code, 'promo_exhausted');
    const cancelled = await t.client().post(`/api/v1/manage/${first.body.manageToken}/cancel`, {});
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    assert.equal(await usesOf(promo.id), 0);
    const second = await book({ classId, promoCode: 'ONCE' }, 'once-2');
    assert.equal(second.status, 201);
    // The class cancelled by staff cancels its bookings, and their uses go back too.
    assert.equal((await admin.post(`/api/v1/classes/${classId}/cancel`, {})).status, 200);
    assert.equal(await usesOf(promo.id), 0);
  });

  test('per customer and first booking only, checked for the customer who books', async () => {
    const classA = await newClass({ price: { amount: 10000 } });
    const classB = await newClass({ price: { amount: 10000 } });
    await newPromo({ code: 'MINE', adjustment: { kind: 'fixed', amount: 1000 }, maxUsesPerCustomer: 1 });
    await newPromo({ code: 'WELCOME', adjustment: { kind: 'fixed', amount: 1000 }, firstBookingOnly: true });
    assert.equal((await book({ classId: classA, promoCode: 'MINE' }, 'loyal')).status, 201);
    const again = await book({ classId: classB, promoCode: 'MINE' }, 'loyal');
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'promo_exhausted');
    const welcome = await book({ classId: classB, promoCode: 'WELCOME' }, 'loyal');
    assert.equal(welcome.status, 422);
    assert.equal(welcome.body.error.code, 'promo_not_applicable');
    assert.equal((await book({ classId: classB, promoCode: 'WELCOME' }, 'newcomer')).status, 201);
  });
});

describe('a lapsed payment', () => {
  // Last in the file: it moves the clock a day on.
  test('a Swish booking whose payment never came gives its promo use back when its hold lapses', async () => {
    const classId = await newClass({ price: { amount: 10000 } });
    const promo = await newPromo({ code: 'LAPSE', adjustment: { kind: 'fixed', amount: 1000 }, maxUses: 1 });
    const booked = await book({ classId, promoCode: 'LAPSE', paymentMethod: 'swish' }, 'lapse');
    assert.equal(booked.status, 201, JSON.stringify(booked.body));
    assert.equal(booked.body.booking.status, 'pending');
    assert.equal(await usesOf(promo.id), 1);
    t.clock.advance(25 * 3600_000);
    await t.runJobs();
    assert.equal((await admin.get(`/api/v1/bookings/${booked.body.booking.id}`)).body.status, 'cancelled');
    assert.equal(await usesOf(promo.id), 0);
  });
});
