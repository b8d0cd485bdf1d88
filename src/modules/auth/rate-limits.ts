// Rate limits on public writes and account routes. A route opts in with `config: { limit: 'public_write' }`
// (or 'account'); each request is then counted per client address and per identity (the signed-in
// account, else the email or the manage link it names), against the organisation's limits, before the
// handler runs, so a refused request writes nothing.
//
// Why two counts: a venue's guests all book from one address (a NAT), so the per-address limit is a
// generous ceiling that only a script reaches, while the per-identity limit is tight, since one person
// has no reason to book twenty times in a quarter of an hour. A rush of 300 different customers passes;
// one abuser hammering with one email does not. Routes of choosing (`browsing`: a quote, a held time)
// count per address only: a customer trying four addresses and a few times is not an abuser, and
// what holds take is bounded by the cap on live holds (bookings.holds.ts). Staff, admins and API keys are not counted on public
// writes: they are known, and book for many customers.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitBucket, RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { hashBody } from '../../platform/idempotency.ts';
import { type Counted, countRequest, firstInWindow } from '../../platform/rate-limits.ts';
import type { Services } from '../../platform/services.ts';

const ADDRESS_SHARDS = 8;

/** Who a request speaks for, as far as it says: the account, else an email or a token in it. */
function identityOf(request: FastifyRequest): string | null {
  const { ctx } = request;
  if (ctx.user) return `account:${ctx.user.id}`;
  const body = (request.body ?? {}) as { email?: unknown; guest?: { email?: unknown } | null };
  const email = body.guest?.email ?? body.email;
  if (typeof email === 'string' && email !== '') return `email:${email.trim().toLowerCase()}`;
  const token = (request.params as { token?: unknown } | undefined)?.token ?? (body as { token?: unknown }).token;
  if (typeof token === 'string') return `token:${token}`;
  return null;
}

function keysFor(bucket: RateLimitBucket, ctx: RequestContext, identity: string | null): Counted[] {
  const limits = ctx.org.rateLimits;
  const [perAddress, perIdentity] =
    bucket === 'public_write'
      ? [limits.writePerAddress, limits.writePerIdentity]
      : [limits.accountPerAddress, limits.accountPerIdentity];
  // An address is spread over shards: a venue's rush all comes from one (platform/rate-limits.ts).
  const keys: Counted[] = [{ key: `address:${ctx.ip ?? 'unknown'}`, max: perAddress, shards: ADDRESS_SHARDS }];
  if (identity) keys.push({ key: `identity:${identity}`, max: perIdentity });
  return keys;
}

/** Counts and refuses; a preHandler, so that the body it reads the identity from is validated. */
export async function enforceRateLimit(db: Db, request: FastifyRequest, now: Date): Promise<void> {
  const bucket = request.routeOptions.config.limit;
  if (!bucket) return;
  const { ctx } = request;
  if (bucket === 'public_write' && ctx.user && ctx.user.role !== 'customer') return;
  let identity = request.routeOptions.config.browsing === true ? null : identityOf(request);
  // On a route that replays stored answers, a retry carrying an Idempotency-Key already seen with the
  // same body is the same request again (a client that lost the answer), not another attempt: only
  // the first counts against the identity. Elsewhere a key is only a header, and every request counts.
  const retryKey = request.headers['idempotency-key'];
  if (identity && request.routeOptions.config.idempotent === true && typeof retryKey === 'string') {
    const retry = `retry:${identity}:${request.routeOptions.url}:${retryKey}:${hashBody(request.body)}`;
    if (!(await firstInWindow(db, ctx.org.id, bucket, retry, now))) identity = null;
  }
  const decision = await countRequest(db, ctx.org.id, bucket, keysFor(bucket, ctx, identity), now);
  if (!decision.allowed) {
    throw new DomainError('rate_limited', {}, { retryAfterSeconds: decision.retryAfterSeconds });
  }
}

export function rateLimitHook({ db, clock }: Services) {
  return (request: FastifyRequest, _reply: FastifyReply) => enforceRateLimit(db, request, clock.now());
}
