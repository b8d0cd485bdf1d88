/**
 * What a test reads from an answer it did not type: any JSON. The test's assertions check the fields
 * it reads, so a wrong shape fails an assertion instead of the compiler. The one `any` in the tests.
 */
// biome-ignore lint/suspicious/noExplicitAny: JSON read by tests is checked by their assertions
export type Json = any;
