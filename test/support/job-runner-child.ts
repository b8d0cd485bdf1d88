// A job runner in a process of its own, for the test that kills a process mid-job:
//   node --import tsx test/support/job-runner-child.ts <database-url> <marker-file>
// Its only handler ('test.hang') writes the job id to the marker file and then never finishes,
// so the job is left 'running' under this process's lease (the default one, renewed by its
// heartbeat while it lives) when the test SIGKILLs it.
import fs from 'node:fs';
import pino from 'pino';
import { systemClock } from '../../src/platform/clock.ts';
import { openDatabase } from '../../src/platform/db.ts';
import { JobRunner } from '../../src/platform/jobs.ts';

const HANG_JOB = 'test.hang';

const [url, markerFile] = process.argv.slice(2);
if (!url || !markerFile) {
  process.stderr.write('usage: job-runner-child.ts <database-url> <marker-file>\n');
  process.exit(2);
}

const database = await openDatabase({ kind: 'postgres', url, poolMax: 2 });
const runner = new JobRunner(
  database.db,
  {
    [HANG_JOB]: async (job) => {
      fs.writeFileSync(markerFile, JSON.stringify({ jobId: job.id, runner: job.lockedBy, pid: process.pid }));
      await new Promise(() => {});
    },
  },
  systemClock,
  pino({ level: 'warn' }, pino.destination(2)),
  { concurrency: 1, pollIntervalMs: 20 },
);
runner.start();
// The hanging handler holds no timer of its own; keep the process alive until it is killed.
setInterval(() => {}, 60_000);
