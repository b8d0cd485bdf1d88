/**
 * The organisation's logo for its invoices. An upload is checked here in full, not only by its magic
 * bytes: pdfkit decodes a PNG with transparency in a zlib callback whose errors it throws outside any
 * promise, so a corrupt image would bring the process down when an invoice is drawn. A PNG must
 * inflate to exactly its rows, each with a valid filter; a JPEG must be one pdfkit can open.
 */
import { inflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { type RequestContext, requireRole } from '../../platform/context.ts';
import { type Db, transaction } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { forgetOrganisations } from '../orgs/orgs.repo.ts';
import { organisations } from '../orgs/orgs.tables.ts';
import { pdfKit } from './invoices.pdf.ts';
import { organisationLogos } from './invoices.tables.ts';

export const MAX_LOGO_BYTES = 45_000;
const MAX_SIDE = 1_000;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

const invalid = (reason: string) => new DomainError('invalid_image', {}, { reason });

function checkPng(data: Buffer): void {
  let pos = PNG_SIGNATURE.length;
  let header: { width: number; height: number; bitDepth: number; colorType: number; interlace: number } | null = null;
  const idat: Buffer[] = [];
  let ended = false;
  while (pos + 8 <= data.length && !ended) {
    const length = data.readUInt32BE(pos);
    const type = data.toString('latin1', pos + 4, pos + 8);
    const body = data.subarray(pos + 8, pos + 8 + length);
    if (body.length !== length || pos + 12 + length > data.length) throw invalid('truncated');
    if (type === 'IHDR' && length === 13) {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8] as number,
        colorType: body[9] as number,
        interlace: body[12] as number,
      };
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') ended = true;
    pos += 12 + length;
  }
  if (!header || !ended || idat.length === 0) throw invalid('not a complete PNG');
  const perPixel = channels[header.colorType];
  if (perPixel === undefined || ![1, 2, 4, 8, 16].includes(header.bitDepth)) throw invalid('unsupported colour type');
  if (header.interlace !== 0) throw invalid('interlaced PNGs are not supported');
  if (header.width < 1 || header.height < 1 || header.width > MAX_SIDE || header.height > MAX_SIDE)
    throw invalid('too large');
  const rowBytes = 1 + Math.ceil((header.width * perPixel * header.bitDepth) / 8);
  const expected = rowBytes * header.height;
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  } catch {
    throw invalid('corrupt image data');
  }
  if (pixels.length !== expected) throw invalid('corrupt image data');
  for (let row = 0; row < header.height; row++)
    if ((pixels[row * rowBytes] as number) > 4) throw invalid('corrupt rows');
}

function checkJpeg(data: Buffer): void {
  try {
    // pdfkit reads a JPEG's markers when it opens it, synchronously, and embeds the bytes as they are.
    (new (pdfKit())() as unknown as { openImage(src: Buffer): unknown }).openImage(data);
  } catch {
    throw invalid('not a JPEG pdfkit can read');
  }
}

/** The type by its magic bytes, then the whole image checked. */
export function checkLogo(data: Buffer): 'image/png' | 'image/jpeg' {
  if (data.length > MAX_LOGO_BYTES) throw invalid('larger than 45 000 bytes');
  if (data.length >= 8 && data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    checkPng(data);
    return 'image/png';
  }
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    checkJpeg(data);
    return 'image/jpeg';
  }
  throw invalid('not a PNG or JPEG');
}

export async function findLogo(db: Db, orgId: string) {
  const [row] = await db.select().from(organisationLogos).where(eq(organisationLogos.orgId, orgId));
  return row;
}

/** The logo with the version its organisation row carries (the trigger of migration 0034 keeps it). */
export async function findLogoWithVersion(db: Db, orgId: string) {
  const [row] = await db
    .select({
      content: organisationLogos.content,
      contentType: organisationLogos.contentType,
      version: organisations.logoVersion,
    })
    .from(organisationLogos)
    .innerJoin(organisations, eq(organisations.id, organisationLogos.orgId))
    .where(eq(organisationLogos.orgId, orgId));
  return row;
}

export async function setLogo(db: Db, ctx: RequestContext, data: Buffer): Promise<void> {
  requireRole(ctx, 'admin');
  const contentType = checkLogo(data);
  await transaction(db, async (tx) => {
    await tx
      .insert(organisationLogos)
      .values({ orgId: ctx.org.id, content: data, contentType })
      .onConflictDoUpdate({
        target: organisationLogos.orgId,
        set: { content: data, contentType, updatedAt: new Date() },
      });
    await recordAudit(tx, ctx, {
      action: 'organisation.logo_updated',
      entityType: 'organisation',
      entityId: ctx.org.id,
      after: { contentType, bytes: data.length },
    });
  });
  // The organisation answer carries the logo's version: this process reads it again at once.
  forgetOrganisations();
}

export async function removeLogo(db: Db, ctx: RequestContext): Promise<void> {
  requireRole(ctx, 'admin');
  await transaction(db, async (tx) => {
    const removed = await tx
      .delete(organisationLogos)
      .where(eq(organisationLogos.orgId, ctx.org.id))
      .returning({ orgId: organisationLogos.orgId });
    if (removed.length > 0)
      await recordAudit(tx, ctx, {
        action: 'organisation.logo_removed',
        entityType: 'organisation',
        entityId: ctx.org.id,
      });
  });
  forgetOrganisations();
}
