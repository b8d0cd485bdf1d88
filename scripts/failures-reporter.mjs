// A node:test reporter that writes one line per failed test (file, name, the error's first line), so
// that npm test can repeat the failures at the end of a long run, where a CI log's tail shows them.
export default async function* failures(source) {
  for await (const event of source) {
    if (event.type !== 'test:fail') continue;
    const error = event.data.details?.error;
    // A suite whose tests failed, and tests cancelled with it, are said by the tests themselves.
    if (error?.failureType === 'subtestsFailed' || error?.failureType === 'cancelledByParent') continue;
    const message = String(error?.cause?.message ?? error?.cause ?? error?.message ?? 'failed').split('\n')[0];
    const file = event.data.file ? `${event.data.file.replace(`${process.cwd()}/`, '')}: ` : '';
    yield `${file}${event.data.name}: ${message.slice(0, 300)}\n`;
  }
}
