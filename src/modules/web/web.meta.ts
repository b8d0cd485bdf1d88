import type { Db } from '../../platform/db.ts';
import { formatDateTime } from '../../platform/format.ts';
import { findClass } from '../classes/classes.repo.ts';
import { selectLocationZones } from '../locations/locations.repo.ts';
import { resolveOrganisation } from '../orgs/orgs.service.ts';
import { findService } from '../services/services.repo.ts';
import { escapeHtml } from '../../platform/html.ts';

/** What a link preview (a chat, a search result) shows of a public page. Never personal data. */
export interface PageMeta {
  title: string;
  description: string;
  type: 'website' | 'event';
  url: string;
  /** The business's language: the web app fetches its texts from the first script on (issue 14). */
  locale: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = /^(?:\/o\/([a-z0-9][a-z0-9-]{1,62}))?(?:\/(classes|services)\/([^/]+))?\/?$/;

/**
 * The class page, the service page and the week page (also under /o/{slug}) described from the
 * catalogue; any other path, an unknown id or organisation: nothing, and index.html stays as built.
 */
export function pageMetaReader(db: Db, publicUrl: string) {
  return async (url: string): Promise<PageMeta | undefined> => {
    const path = url.split('?')[0] ?? '/';
    const match = PAGE.exec(path);
    if (!match) return undefined;
    const [, slug, kind, id] = match;
    let org: Awaited<ReturnType<typeof resolveOrganisation>>;
    try {
      org = await resolveOrganisation(db, slug);
    } catch {
      return undefined;
    }
    const pageUrl = `${publicUrl}${path}`;
    if (!kind) {
      return {
        title: org.name,
        description: `${org.name}: classes and bookings`,
        type: 'website',
        url: pageUrl,
        locale: org.defaultLocale,
      };
    }
    if (!id || !UUID.test(id)) return undefined;
    if (kind === 'classes') {
      const cls = await findClass(db, org.id, id);
      if (!cls) return undefined;
      // The time where the class happens, as its page shows it: its location's zone, else the studio's.
      const zone =
        (cls.locationId && (await selectLocationZones(db, org.id, [cls.locationId])).get(cls.locationId)) ||
        org.timeZone;
      const when = `${formatDateTime(cls.startsAt, zone, org.defaultLocale)} (${zone})`;
      return {
        title: `${cls.title} · ${org.name}`,
        description: [when, cls.location, cls.description].filter(Boolean).join(' · '),
        type: 'event',
        url: pageUrl,
        locale: org.defaultLocale,
      };
    }
    const service = await findService(db, org.id, id);
    if (!service?.active) return undefined;
    return {
      title: `${service.name} · ${org.name}`,
      description: service.description || org.name,
      type: 'website',
      url: pageUrl,
      locale: org.defaultLocale,
    };
  };
}

/**
 * index.html with the page's title, description and Open Graph tags in place of its own title, and
 * the business's language on <html>.
 */
export function withPageMeta(html: string, meta: PageMeta): string {
  const description = meta.description.length > 300 ? `${meta.description.slice(0, 297)}…` : meta.description;
  const tags = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:url" content="${escapeHtml(meta.url)}" />`,
  ].join('\n    ');
  return html
    .replace(/<title>[^<]*<\/title>/, () => tags)
    .replace(/<html(?: lang="[^"]*")?/, () => `<html lang="${escapeHtml(meta.locale)}"`);
}
