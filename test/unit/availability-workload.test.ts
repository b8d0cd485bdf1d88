// The shared slot workload (../shared/bench): the engine's answer for each workload must be exactly the
// one the brute-force oracle computes from the workload's `semantics`, and `isSlotBookable` must agree
// with the month's answer for every candidate start.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  checkWithOracle,
  generateWorkloads,
  sharedBenchAvailable,
  type WorkloadInput,
  workloadToRequest,
} from '../../bench/slots.ts';
import { computeSlots, isSlotBookable } from '../../src/modules/availability/availability.ts';

let dir = '';
let files = new Map<string, string>();

// The workload lives beside the checkout (../shared/bench), as it does in CI, which never skips.
const skip =
  !sharedBenchAvailable && process.env.CI !== 'true'
    ? 'the shared workload (../shared/bench) is not beside the checkout'
    : false;

before(() => {
  if (skip) return;
  dir = mkdtempSync(path.join(os.tmpdir(), 'slotwise-availability-'));
  files = generateWorkloads(dir);
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

const load = (name: string): { file: string; input: WorkloadInput } => {
  const file = files.get(name);
  assert.ok(file, `workload ${name} generated`);
  return { file, input: JSON.parse(readFileSync(file, 'utf8')) as WorkloadInput };
};

for (const [name, expected] of [
  ['w1l', 231],
  ['w2l', 633],
  ['w3', 184],
  ['w4', null],
  ['w5', null],
  ['w1', 0],
] as const) {
  test(`${name}: the engine's slots are exactly the oracle's`, { skip }, () => {
    const { file, input } = load(name);
    const slots = computeSlots(workloadToRequest(input));
    const starts = slots.map((s) => s.start);
    if (expected !== null) assert.equal(starts.length, expected);
    assert.ok(
      starts.every((t, i) => i === 0 || t > (starts[i - 1] as number)),
      'sorted and unique',
    );
    const check = checkWithOracle(file, starts);
    assert.ok(check.ok, check.output);
  });
}

test('w2l: every slot lists exactly the providers that are free at it', { skip }, () => {
  const { input } = load('w2l');
  const request = workloadToRequest(input);
  for (const slot of computeSlots(request)) {
    const alone = request.providers
      .filter((p) => computeSlots({ ...request, providers: [p], from: slot.start, to: slot.start + 1 }).length === 1)
      .map((p) => p.providerId);
    assert.deepEqual(slot.providerIds, alone, new Date(slot.start).toISOString());
  }
});

test('w3: isSlotBookable agrees with the month for every quarter-hour of the range', { skip }, () => {
  const { input } = load('w3');
  const request = workloadToRequest(input);
  const offered = new Set(computeSlots(request).map((s) => s.start));
  const { from: _from, to: _to, ...rest } = request;
  let yes = 0;
  for (let t = request.from; t < request.to; t += 15 * 60_000) {
    const ids = isSlotBookable(rest, t);
    assert.equal(ids.length > 0, offered.has(t), new Date(t).toISOString());
    if (ids.length > 0) yes++;
  }
  assert.equal(yes, offered.size);
  assert.deepEqual(isSlotBookable(rest, [...offered][0] as number), ['1']);
  assert.deepEqual(isSlotBookable(rest, ([...offered][0] as number) + 60_000), [], 'off the 15-minute grid');
});
