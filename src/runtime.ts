import type { Logger } from 'pino';
import { ensureAdmin } from './modules/auth/auth.service.ts';
import { type CardGateway, createStripeClient, stripeGateway } from './platform/card-gateway.ts';
import { ensureDefaultOrganisation } from './modules/orgs/orgs.service.ts';
import type { Config } from './platform/config.ts';
import type { OrgContext } from './platform/context.ts';
import { type Database, openDatabase } from './platform/db.ts';
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
export async function openRuntime(config: Config): Promise<Runtime> {
  const logger = createLogger(config.logLevel, { pretty: wantsPrettyLogs(config.env, process.stdout) });
  const database = await openDatabase(config.database, logger);
  const applied = await migrate(database);
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
