import { useApp } from '../app-context';

/** A `tel:` link dials digits (and a leading +), not the spaces and dashes people write. */
const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, '')}`;

/**
 * How to reach the business, where a page tells the customer to contact it: its contact email and
 * phone from the settings, as links. Nothing when it has set neither (the page names the business).
 */
export function ContactLinks() {
  const { org, t } = useApp();
  const { contactEmail, contactPhone } = org;
  if (!contactEmail && !contactPhone) return null;
  return (
    <p className="contact-links">
      {t('contact.line', { org: org.name })} {contactEmail && <a href={`mailto:${contactEmail}`}>{contactEmail}</a>}
      {contactEmail && contactPhone && ' · '}
      {contactPhone && <a href={telHref(contactPhone)}>{contactPhone}</a>}
    </p>
  );
}
