import { fileURLToPath } from 'node:url';

/*
 * The project's root, the one anchor for files the server reads at run time (migrations, the built
 * web app). Two levels up from here, and equally from the precompiled server in dist/server/
 * (scripts/build-server.mjs), so both ways of running find the same files.
 */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
