/**
 * The account mails of the profile: confirming a new email address, the notice to the old one, the
 * link that adds bookings made as a guest to the account, and the invitation to join the team.
 */
import type { Db } from '../../platform/db.ts';
import type { Locale } from '../../platform/i18n.ts';
import { type JobHandler, type JobRow, PermanentJobError } from '../../platform/jobs.ts';
import { formatDateTime } from '../../platform/format.ts';
import { type Mailer, senderOf } from '../../platform/mail.ts';
import { findUserById } from '../auth/auth.repo.ts';
import { findInvitationById } from '../auth/team.repo.ts';
import { findCustomer } from '../customers/customers.repo.ts';
import { findOrganisationById } from '../orgs/orgs.repo.ts';
import { renderMail } from './mail-layout.ts';

const text = {
  en: {
    hello: (name: string) => `Hi ${name},`,
    helloNoName: 'Hi,',
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
    dataSubject: (org: string) => `Your details with ${org}`,
    dataBody: (org: string, email: string) =>
      `Someone asked, from one of your bookings, for the details ${org} holds about ${email}. Open the link to download a copy or to erase them. It works today and tomorrow.`,
    dataAction: 'See my details',
    dataAfter: 'If it was not you, ignore this mail; nothing changes.',
    inviteSubject: (org: string) => `You are invited to join ${org} on Slotwise`,
    inviteBody: (org: string, by: string | null, role: 'admin' | 'staff') =>
      `${by ? `${by} has invited you` : 'You are invited'} to join the team of ${org} as ${role === 'admin' ? 'an admin: you will manage the schedule, bookings, payments and settings' : 'staff: you will see the schedule and the bookings, and take attendance'}.`,
    inviteAction: 'Accept the invitation',
    inviteAfter: (until: string) =>
      `The link works once, until ${until}. If you did not expect this mail, ignore it; nothing happens.`,
  },
  sv: {
    hello: (name: string) => `Hej ${name},`,
    helloNoName: 'Hej,',
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
    dataSubject: (org: string) => `Dina uppgifter hos ${org}`,
    dataBody: (org: string, email: string) =>
      `Någon har, från en av dina bokningar, bett om uppgifterna som ${org} har om ${email}. Öppna länken för att ladda ner en kopia eller radera dem. Den fungerar i dag och i morgon.`,
    dataAction: 'Se mina uppgifter',
    dataAfter: 'Om det inte var du kan du bortse från det här mejlet; inget ändras.',
    inviteSubject: (org: string) => `Du är inbjuden till ${org} på Slotwise`,
    inviteBody: (org: string, by: string | null, role: 'admin' | 'staff') =>
      `${by ? `${by} har bjudit in dig` : 'Du är inbjuden'} till teamet hos ${org} som ${role === 'admin' ? 'administratör: du sköter schemat, bokningarna, betalningarna och inställningarna' : 'personal: du ser schemat och bokningarna och tar närvaro'}.`,
    inviteAction: 'Tacka ja till inbjudan',
    inviteAfter: (until: string) =>
      `Länken fungerar en gång, till och med ${until}. Om du inte väntade dig det här mejlet kan du bortse från det; inget händer.`,
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
): Record<
  | 'mail.email_change_confirm'
  | 'mail.email_change_notice'
  | 'mail.guest_bookings_link'
  | 'mail.guest_data_link'
  | 'mail.team_invitation',
  JobHandler
> {
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
    'mail.guest_data_link': async (job) => {
      const { customerId, link } = job.payload as { customerId?: string; link?: string };
      if (!customerId || !link) throw new PermanentJobError('data link job without a customer or a link');
      const [org, customer] = await Promise.all([
        findOrganisationById(deps.db, job.orgId),
        findCustomer(deps.db, job.orgId, customerId),
      ]);
      if (!org || !customer || customer.anonymisedAt) return 'skipped: the guest is gone';
      const t = text[customer.locale ?? org.defaultLocale];
      const mail = renderMail({
        subject: t.dataSubject(org.name),
        greeting: t.hello(customer.name),
        paragraphs: [t.dataBody(org.name, customer.email)],
        action: { label: t.dataAction, url: link },
        after: [t.dataAfter],
        signature: org.name,
      });
      // To the address on file: only its owner can open the link.
      await deps.mailer.send({
        ...senderOf(org, deps.defaultFrom),
        to: customer.email,
        ...mail,
        messageId: messageId(job),
      });
      return 'sent';
    },
    'mail.team_invitation': async (job) => {
      const { invitationId, link } = job.payload as { invitationId?: string; link?: string };
      if (!invitationId || !link) throw new PermanentJobError('invitation job without an invitation or a link');
      const [org, found] = await Promise.all([
        findOrganisationById(deps.db, job.orgId),
        findInvitationById(deps.db, job.orgId, invitationId),
      ]);
      if (!org || !found) return 'skipped: the invitation is gone';
      const { invitation, invitedByName } = found;
      if (invitation.revokedAt || invitation.acceptedAt) return 'skipped: the invitation is closed';
      // The invited person has no account (or none we may read a language from): the organisation's language.
      const locale = org.defaultLocale;
      const t = text[locale];
      const until = formatDateTime(invitation.expiresAt, org.timeZone, locale);
      const mail = renderMail({
        subject: t.inviteSubject(org.name),
        greeting: t.helloNoName,
        paragraphs: [t.inviteBody(org.name, invitedByName, invitation.role)],
        action: { label: t.inviteAction, url: link },
        after: [t.inviteAfter(until)],
        signature: org.name,
      });
      const sender = senderOf(org, deps.defaultFrom);
      await deps.mailer.send({ ...sender, to: invitation.email, ...mail, messageId: messageId(job) });
      return 'sent';
    },
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
