import assert from 'node:assert/strict';
import { test } from 'node:test';
import { committedApiTypes, generateApiTypes } from '../../scripts/web-api-types.ts';

test("the web app's API types match the OpenAPI document (else run `npm run web:api-types`)", async () => {
  assert.ok(
    (await generateApiTypes()) === committedApiTypes(),
    'web/src/api/schema.d.ts is out of date: run `npm run web:api-types` and commit the result',
  );
});
