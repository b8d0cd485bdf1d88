// npm run web:api-types: writes web/src/api/schema.d.ts, the web app's types for the HTTP API,
// from the OpenAPI document of the app itself (built in-process on an in-memory database).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApp } from '../test/support/app.ts';

export const apiTypesFile = fileURLToPath(new URL('../web/src/api/schema.d.ts', import.meta.url));

const header = '// Generated from the OpenAPI document by `npm run web:api-types`. Do not edit.\n\n';

export async function generateApiTypes(): Promise<string> {
  const { app, close } = await startTestApp();
  try {
    const document = app.swagger() as Parameters<typeof openapiTS>[0];
    return header + astToString(await openapiTS(document));
  } finally {
    await close();
  }
}

export const committedApiTypes = (): string => readFileSync(apiTypesFile, 'utf8');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(apiTypesFile, await generateApiTypes());
  process.stdout.write(`wrote ${path.relative(process.cwd(), apiTypesFile)}\n`);
}
