import type { Logger } from 'pino';
import { ensureAdmin } from './modules/auth/auth.service.ts';
import { type CardGateway, createStripeClient, stripeGateway } from './platform/card-gateway.ts';
import { ensureDefaultOrganisation } from './modules/orgs/orgs.service.ts';
import type { Config } from './platform/config.ts';
import type { OrgContext } from './platform/context.ts';
import { type Database, isDatabaseUnavailable, openDatabase } from './platform/db.ts';
import { createLogger, wantsPrettyLogs } from './platform/logger.ts';
import { type Mailer, createMailer } from './platform/mail.ts';
import { migrate } from './platform/migrate.ts';

export interface Runtime {
  config: Config;
  logger: Logger;
  database: Database;
  mailer: Mailer;
  cardGateway: CardGateway | null;
  org: OrgContext;
  admin: { email: string; password: string | null } | null;
  close(): Promise<void>;
}

/** What both the server and the worker need: the database (migrated), the default organisation, mail. */
/**
 * Runs `first` (the first use of the database), again and again while the database server cannot be
 * reached, for up to `waitSeconds`: a server and its database started together (a compose file, a
 * reboot) come up in either order. A database that answers with an error fails at once.
 */
async function whenReachable<T>(first: () => Promise<T>, waitSeconds: number, logger: Logger): Promise<T> {
  const until = Date.now() + waitSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await first();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() >= until) throw error;
      if (attempt === 1) logger.warn({ waitSeconds }, 'waiting for the database server to accept connections');
      await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** attempt)));
    }
  }
}

export async function openRuntime(config: Config): Promise<Runtime> {
  const logger = createLogger(config.logLevel, { pretty: wantsPrettyLogs(config.env, process.stdout) });
  const database = await openDatabase(config.database, logger);
  const waitSeconds = config.database.kind === 'postgres' ? config.database.waitSeconds : 0;
  const applied = await whenReachable(() => migrate(database), waitSeconds, logger);
  if (applied.length > 0) logger.info({ applied }, 'database migrated');
  const org = await ensureDefaultOrganisation(database.db);
  const admin = await ensureAdmin(database.db, org, config.admin);
  const mailer = createMailer({ smtpUrl: config.mail.smtpUrl, mailDir: config.mail.dir, logger, db: database.db });
  const cardGateway = config.stripe ? stripeGateway(createStripeClient(config.stripe), config.stripe) : null;
  return {
    config,
    logger,
    database,
    mailer,
    cardGateway,
    org,
    admin,
    async close() {
      mailer.close();
      await database.close();
    },
  };
}
