import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type App, routeNotFound, sendError } from '../../platform/http.ts';
import { projectRoot } from '../../platform/paths.ts';
import { type PageMeta, withPageMeta } from './web.meta.ts';

const builtWebApp = path.join(projectRoot, 'web', 'dist');

const notBuiltPage = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Slotwise</title>
<p>The web app has not been built yet: run <code>npm run web:build</code> (or restart with <code>npm start</code>, which builds it).
The API is running: see <a href="/api/docs">the API docs</a>.</p>
</html>
`;

/** Someone exploring the API by hand, at its root, is shown where it is described. */
const API_POINTER = Object.freeze({
  name: 'Slotwise API',
  version: 'v1',
  baseUrl: '/api/v1',
  docs: '/api/docs',
  openapi: '/api/openapi.json',
});

/*
 * A page described for link previews is written per request, so the build's .br and .gz of
 * index.html do not serve it. Its inline stylesheet makes it about 19 KB, 5 KB compressed: on a
 * phone's connection the first paint waits for every byte of it (issue 14). Brotli at quality 5
 * costs well under a millisecond here.
 */
function sendHtml(request: FastifyRequest, reply: FastifyReply, html: string) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  reply.header('vary', 'accept-encoding').type('text/html; charset=utf-8');
  if (/\bbr\b/.test(accepted)) {
    return reply
      .header('content-encoding', 'br')
      .send(brotliCompressSync(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }));
  }
  if (/\bgzip\b/.test(accepted)) return reply.header('content-encoding', 'gzip').send(gzipSync(html));
  return reply.send(html);
}

/**
 * Serves the built web app (web/dist) at `/`. Its assets have content hashes in their names, so
 * they are cached for good; index.html names the current ones, so a browser revalidates it on
 * every visit (`no-cache`, answered by a 304 when unchanged). The build writes every text file also
 * as .br and .gz (web/vite.config.ts), sent to browsers that accept them. Any other GET that is not
 * an API path and accepts HTML (`text/html`, or anything: `*\/*`, which is what curl sends) gets
 * index.html, so that the app's own routes (/manage/…, /admin/…) survive a reload and `curl /` shows
 * the app rather than a 404. API paths and callers that ask for something else keep the JSON 404;
 * `/api` and `/api/v1` themselves say where the documentation is.
 */
export async function webRoutes(
  app: App,
  root = builtWebApp,
  describe?: (url: string) => Promise<PageMeta | undefined>,
): Promise<void> {
  const built = existsSync(path.join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: path.join(root, 'assets'),
      prefix: '/assets/',
      maxAge: '365d',
      immutable: true,
      preCompressed: true,
    });
  }
  const sendIndex = async (request: FastifyRequest, reply: FastifyReply) => {
    const accept = request.headers.accept ?? '';
    if (request.url.startsWith('/api/') || !(accept.includes('text/html') || accept.includes('*/*'))) {
      return sendError(request, reply, routeNotFound(request.url));
    }
    if (!built) return reply.code(503).type('text/html; charset=utf-8').send(notBuiltPage);
    // A public page is described in the HTML itself, for link previews that run no script. Such a
    // page is still `no-cache`: the class it describes can change any time.
    const meta = describe ? await describe(request.url) : undefined;
    if (meta) {
      const index = await readFile(path.join(root, 'index.html'), 'utf8');
      return sendHtml(request, reply.header('cache-control', 'no-cache'), withPageMeta(index, meta));
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html', root, { cacheControl: false });
  };
  const pointer = async () => API_POINTER;
  app.get('/api', { schema: { hide: true } }, pointer);
  app.get('/api/v1', { schema: { hide: true } }, pointer);
  app.get('/', { schema: { hide: true } }, sendIndex);
  app.get('/*', { schema: { hide: true } }, sendIndex);
}
