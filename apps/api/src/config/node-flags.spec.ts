import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.js';
import { API_NODE_FLAGS } from './node-flags.js';

const read = (file: string) => readFileSync(path.join(repoRoot(), file), 'utf8');

describe('the heap limits the API runs with', () => {
  it('are the same for npm start, the Dockerfile and the benchmark', () => {
    const start = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;
    expect(start).toContain(`node ${API_NODE_FLAGS.join(' ')} apps/api/dist/main.js`);
    const cmd = /^CMD (\[.*\])$/m.exec(read('Dockerfile'))?.[1];
    expect(JSON.parse(cmd ?? '[]')).toEqual(['node', ...API_NODE_FLAGS, 'apps/api/dist/main.js']);
  });
});
