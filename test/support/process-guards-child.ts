// A process with the server's last-resort handlers, for the test of what they log and whether the
// process goes on:  node --import tsx test/support/process-guards-child.ts <rejection|db-exception|exception>
import pino from 'pino';
import { installProcessGuards, requestScope } from '../../src/platform/process-guards.ts';

installProcessGuards(pino({ level: 'info' }));
const what = process.argv[2];
requestScope.run({ requestId: 'req-guarded-1' }, () => {
  setTimeout(() => {
    if (what === 'rejection') void Promise.reject(new Error('nobody awaited this'));
    if (what === 'db-exception') throw new Error('Connection terminated unexpectedly');
    if (what === 'exception') throw new TypeError('a bug');
  }, 1);
});
setTimeout(() => {
  process.stdout.write('{"msg":"still serving"}\n');
  process.exit(0);
}, 200);
