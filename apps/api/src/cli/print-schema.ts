// npm run schema:print — writes the GraphQL schema the code defines to apps/api/schema.graphql, the
// contract the admin's and the tests' operation types are generated from (npm run codegen).
// `--check` writes nothing and fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/paths.js';
import { printApiSchema } from '../common/graphql/print-api-schema.js';

const file = path.join(repoRoot(), 'apps/api/schema.graphql');
const printed = await printApiSchema();
if (process.argv.includes('--check')) {
  const committed = readFileSync(file, 'utf8');
  if (committed !== printed) {
    console.error('apps/api/schema.graphql is out of date: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('apps/api/schema.graphql matches the code.');
} else {
  writeFileSync(file, printed);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
