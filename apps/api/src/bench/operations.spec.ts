import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { repoRoot } from '../config/paths.js';
import * as operations from './operations.js';

const schema = buildSchema(readFileSync(path.join(repoRoot(), 'apps/api/schema.graphql'), 'utf8'));

describe('the benchmark operations', () => {
  it.each(Object.entries(operations))('%s is valid against the committed schema', (_name, text) => {
    expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });
});
