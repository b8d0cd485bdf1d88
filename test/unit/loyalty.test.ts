/** The earning rule's rounding and the redemption mail in both languages. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pointsFor } from '../../src/modules/loyalty/loyalty.service.ts';
import { redemptionMail } from '../../src/modules/notifications/loyalty-mails.ts';
import type { RedemptionDto } from '../../src/modules/loyalty/loyalty.schema.ts';

test('points: whole currency units times the rate in basis points, rounded down once per payment', () => {
  assert.equal(pointsFor(14_950, 'SEK', 10_000), 149, '149,50 kr at a point per krona');
  assert.equal(pointsFor(14_950, 'SEK', 25_000), 373, '2.5 points per krona: 373.75 → 373');
  assert.equal(pointsFor(99, 'SEK', 10_000), 0, 'less than a krona earns nothing');
  assert.equal(pointsFor(1_500, 'JPY', 10_000), 1_500, 'a currency without minor units');
  assert.equal(pointsFor(100_000_000, 'SEK', 1_000_000), 100_000_000, 'the largest amount at the highest rate');
  assert.equal(pointsFor(20_000, 'SEK', 0), 0);
});

const redemption: RedemptionDto = {
  id: '00000000-0000-4000-8000-000000000001',
  rewardId: '00000000-0000-4000-8000-000000000002',
  rewardName: 'Tio procent',
  kind: 'promo',
  points: 150,
  status: 'fulfilled',
  customerId: '00000000-0000-4000-8000-000000000003',
  customerName: 'Åsa <Öberg>',
  promoCode: 'LOYAL-ABCDEFGHJK',
  creditGrantId: null,
  createdAt: '2027-03-01T10:00:00.000Z',
  fulfilledAt: '2027-03-01T10:00:00.000Z',
  cancelledAt: null,
};

test('the redemption mail carries the code, in English and Swedish, with names escaped in HTML', () => {
  const data = { redemption, customerName: redemption.customerName, orgName: 'Studio', balance: 50 };
  const en = redemptionMail('en', data);
  assert.equal(en.subject, 'You redeemed Tio procent');
  assert.match(en.text, /Promo code: LOYAL-ABCDEFGHJK/);
  assert.match(en.text, /Points left: 50/);
  const sv = redemptionMail('sv', data);
  assert.equal(sv.subject, 'Du har löst in Tio procent');
  assert.match(sv.text, /Kampanjkod: LOYAL-ABCDEFGHJK/);
  assert.match(sv.text, /Du har använt 150 poäng till Tio procent\./);
  assert.ok(sv.html.includes('Åsa &lt;Öberg&gt;') && !sv.html.includes('<Öberg>'));
  const product = redemptionMail('sv', {
    ...data,
    redemption: { ...redemption, kind: 'product', promoCode: null, status: 'pending' },
  });
  assert.doesNotMatch(product.text, /Kampanjkod/);
  assert.match(product.text, /Vi lämnar över den vid ditt nästa besök\./);
});
