/**
 * Mails are written once as a small document and rendered twice: plain text and HTML. Every
 * value that reaches HTML is escaped here, so templates cannot forget to.
 */
import { escapeHtml } from '../../platform/html.ts';
import type { Locale } from '../../platform/i18n.ts';

/** How the customer reaches the business, under the signature: a `mailto:` and a `tel:` link in HTML. */
export interface MailContact {
  label: string;
  email: string | null;
  phone: string | null;
}

export interface MailDocument {
  subject: string;
  greeting: string;
  paragraphs: string[];
  details?: [label: string, value: string][];
  action?: { label: string; url: string };
  /** Links named by their label (the address itself only in the text version), one a line. */
  links?: { label: string; url: string }[];
  after?: string[];
  signature: string;
  contact?: MailContact;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/**
 * A value's later lines, indented under its label: what a customer typed over several lines (notes)
 * then cannot stand at the start of a line as a field of its own ("Payment: paid").
 */
const indentedLines = (value: string) => value.replace(/\r\n?|\n|\u2028|\u2029/g, '\n    ');

export function renderMail(doc: MailDocument): RenderedMail {
  const text = [
    doc.greeting,
    '',
    ...doc.paragraphs.flatMap((p) => [p, '']),
    ...(doc.details ? [...doc.details.map(([label, value]) => `${label}: ${indentedLines(value)}`), ''] : []),
    ...(doc.action ? [`${doc.action.label}: ${doc.action.url}`, ''] : []),
    ...(doc.links ?? []).flatMap((link) => [link.label, link.url, '']),
    ...(doc.after ?? []).flatMap((p) => [p, '']),
    doc.signature,
    '',
    ...(doc.contact ? [`${doc.contact.label}: ${contactParts(doc.contact).join(', ')}`, ''] : []),
  ].join('\n');

  // A long address (a meeting link) breaks anywhere rather than widen the mail past a phone's screen.
  const paragraph = (p: string) => `<p style="margin:0 0 16px;overflow-wrap:anywhere">${escapeHtml(p)}</p>`;
  const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(doc.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f6f6f4;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#1f2328;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
${paragraph(doc.greeting)}
${doc.paragraphs.map(paragraph).join('\n')}
${
  doc.details
    ? `<table style="border-collapse:collapse;margin:0 0 16px">${doc.details
        .map(
          ([label, value]) =>
            `<tr><th align="left" style="padding:4px 16px 4px 0;font-weight:600;vertical-align:top">${escapeHtml(label)}</th><td style="padding:4px 0;overflow-wrap:anywhere;word-break:break-word">${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`
    : ''
}
${
  doc.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(doc.action.url)}" style="display:inline-block;background:#2f5d50;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(doc.action.label)}</a></p>`
    : ''
}
${
  doc.links && doc.links.length > 0
    ? `<ul style="margin:0 0 16px;padding-left:20px">${doc.links
        .map(
          (link) =>
            `<li style="margin:0 0 8px"><a href="${escapeHtml(link.url)}" style="color:#2f5d50">${escapeHtml(link.label)}</a></li>`,
        )
        .join('')}</ul>`
    : ''
}
${(doc.after ?? []).map(paragraph).join('\n')}
${paragraph(doc.signature)}
${doc.contact ? contactHtml(doc.contact) : ''}
</div></body></html>
`;
  return { subject: doc.subject, text, html };
}

const contactParts = (contact: MailContact): string[] =>
  [contact.email, contact.phone].filter((part): part is string => Boolean(part));

/** A `tel:` link dials digits (and a leading +), not the spaces and dashes people write. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^+0-9]/g, '')}`;

function contactHtml(contact: MailContact): string {
  const links = [
    ...(contact.email
      ? [`<a href="mailto:${escapeHtml(contact.email)}" style="color:#2f5d50">${escapeHtml(contact.email)}</a>`]
      : []),
    ...(contact.phone
      ? [`<a href="${escapeHtml(telHref(contact.phone))}" style="color:#2f5d50">${escapeHtml(contact.phone)}</a>`]
      : []),
  ];
  return `<p style="margin:16px 0 0;padding-top:12px;border-top:1px solid #e5e5e0;font-size:14px;color:#57606a">${escapeHtml(contact.label)}: ${links.join(' · ')}</p>`;
}

const contactLabel: Record<Locale, (org: string) => string> = {
  en: (org) => `Questions? Contact ${org}`,
  sv: (org) => `Frågor? Kontakta ${org}`,
};

/**
 * The footer of a mail to a customer: the business's contact details from its settings. Undefined
 * when it has set none: an answer to the mail still reaches it (the reply-to address), as before.
 */
export function contactOf(
  locale: Locale,
  org: { name: string; contactEmail: string | null; contactPhone: string | null },
): MailContact | undefined {
  if (!org.contactEmail && !org.contactPhone) return undefined;
  return { label: contactLabel[locale](org.name), email: org.contactEmail, phone: org.contactPhone };
}

/** What a customer mail's data carries for its footer: the business's name and contact details. */
export interface MailOrgContact {
  orgName: string;
  contactEmail: string | null;
  contactPhone: string | null;
}

export const contactFooter = (locale: Locale, data: MailOrgContact): MailContact | undefined =>
  contactOf(locale, { name: data.orgName, contactEmail: data.contactEmail, contactPhone: data.contactPhone });
