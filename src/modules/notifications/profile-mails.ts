/**
 * The account mails of the profile: confirming a new email address, the notice to the old one, and the
 * link that adds bookings made as a guest to the account.
 */
import type { Db } from '../../platform/db.ts';
import type { Locale } from '../../platform/i18n.ts';
import { type JobHandler, type JobRow, PermanentJobError } from '../../platform/jobs.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { findUserById } from '../auth/auth.repo.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { renderMail } from './mail-layout.ts';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    confirmSubject: (org: string) => `Confirm your new email address for ${org}`,
    confirmBody: (org: string, email: string) =>
      `You asked to use ${email} for your account with ${org}. Open the link within 24 hours to confirm it; until then your old address stays in use.`,
    confirmAction: 'Confirm this address',
    confirmAfter: 'If it was not you, ignore this mail; nothing changes.',
    noticeSubject: (org: string) => `Your email address for ${org} is about to change`,
    noticeBody: (email: string) =>
      `Someone signed in to your account asked to change its email address to ${email}. It changes only when the link mailed to that address is opened.`,
    noticeAfter: 'If it was not you, change your password now: that ends every other session.',
    linkSubject: (org: string) => `Add your earlier bookings to your account with ${org}`,
    linkBody: (org: string, email: string) =>
      `You asked to add the bookings made with ${email} without an account to your account with ${org}. Open the link while signed in to add them.`,
    linkAction: 'Add my earlier bookings',
    linkAfter: 'If it was not you, ignore this mail; nothing changes.',
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    confirmSubject: (org: string) => `Bekräfta din nya e-postadress hos ${org}`,
    confirmBody: (org: string, email: string) =>
      `Du har bett att få använda ${email} för ditt konto hos ${org}. Öppna länken inom 24 timmar för att bekräfta; till dess gäller din gamla adress.`,
    confirmAction: 'Bekräfta adressen',
    confirmAfter: 'Om det inte var du kan du bortse från det här mejlet; inget ändras.',
    noticeSubject: (org: string) => `Din e-postadress hos ${org} är på väg att ändras`,
    noticeBody: (email: string) =>
      `Någon som är inloggad på ditt konto har bett att få ändra dess e-postadress till ${email}. Den ändras först när länken som mejlats till den adressen öppnas.`,
    noticeAfter: 'Om det inte var du: byt lösenord nu, så loggas alla andra sessioner ut.',
    linkSubject: (org: string) => `Lägg till dina tidigare bokningar i ditt konto hos ${org}`,
    linkBody: (org: string, email: string) =>
      `Du har bett att få lägga till bokningarna som gjorts med ${email} utan konto i ditt konto hos ${org}. Öppna länken när du är inloggad för att lägga till dem.`,
    linkAction: 'Lägg till mina tidigare bokningar',
    linkAfter: 'Om det inte var du kan du bortse från det här mejlet; inget ändras.',
  },
} satisfies Record<Locale, unknown>;

export interface ProfileMailDeps {
  db: Db;
  mailer: Mailer;
  defaultFrom: string;
}

/** One Message-ID per job: a retried send is recognisably the same mail. */
const messageId = (job: JobRow) => `<job-${job.id}@slotwise>`;

export function profileMailHandlers(
  deps: ProfileMailDeps,
): Record<'mail.email_change_confirm' | 'mail.email_change_notice' | 'mail.guest_bookings_link', JobHandler> {
  const load = async (job: JobRow) => {
    const { userId, newEmail, link } = job.payload as { userId?: string; newEmail?: string; link?: string };
    if (!userId) throw new PermanentJobError('profile mail job without a user');
    const [org, user] = await Promise.all([
      findOrganisationById(deps.db, job.orgId),
      findUserById(deps.db, job.orgId, userId),
    ]);
    if (!org || !user || user.anonymisedAt) return null;
    const locale = user.locale ?? org.defaultLocale;
    return { org, user, newEmail, link, t: text[locale], sender: senderOf(org, deps.defaultFrom) };
  };
  return {
    'mail.guest_bookings_link': async (job) => {
      const found = await load(job);
      if (!found) return 'skipped: the account is gone';
      const { org, user, link, t, sender } = found;
      if (!link) throw new PermanentJobError('guest bookings job without a link');
      const mail = renderMail({
        subject: t.linkSubject(org.name),
        greeting: t.hello(user.name),
        paragraphs: [t.linkBody(org.name, user.email)],
        action: { label: t.linkAction, url: link },
        after: [t.linkAfter],
        signature: org.name,
      });
      // To the address the account has now: the link works only while the guest's address is the account's.
      await deps.mailer.send({ ...sender, to: user.email, ...mail, messageId: messageId(job) });
      return 'sent';
    },
    'mail.email_change_confirm': async (job) => {
      const found = await load(job);
      if (!found) return 'skipped: the account is gone';
      const { org, user, newEmail, link, t, sender } = found;
      if (!link || !newEmail) throw new PermanentJobError('email change job without a link or an address');
      const mail = renderMail({
        subject: t.confirmSubject(org.name),
        greeting: t.hello(user.name),
        paragraphs: [t.confirmBody(org.name, newEmail)],
        action: { label: t.confirmAction, url: link },
        after: [t.confirmAfter],
        signature: org.name,
      });
      await deps.mailer.send({ ...sender, to: newEmail, ...mail, messageId: messageId(job) });
      return 'sent';
    },
    'mail.email_change_notice': async (job) => {
      const found = await load(job);
      if (!found) return 'skipped: the account is gone';
      const { org, user, newEmail, t, sender } = found;
      if (!newEmail) throw new PermanentJobError('email change job without an address');
      const mail = renderMail({
        subject: t.noticeSubject(org.name),
        greeting: t.hello(user.name),
        paragraphs: [t.noticeBody(newEmail)],
        after: [t.noticeAfter],
        signature: org.name,
      });
      // To the address the account has now: after a confirmed change that is the new one, and the
      // notice has nothing left to warn about.
      if (user.email === newEmail) return 'skipped: the change is already confirmed';
      await deps.mailer.send({ ...sender, to: user.email, ...mail, messageId: messageId(job) });
      return 'sent';
    },
  };
}
