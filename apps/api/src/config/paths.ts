import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository root: the nearest folder at or above the working directory that holds
 * prisma/schema.prisma (npm scripts, the tests and the Docker image all run inside the repository).
 */
export function repoRoot(start = process.cwd()): string {
  let dir = path.resolve(start);
  while (!existsSync(path.join(dir, 'prisma/schema.prisma'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find prisma/schema.prisma at or above ${start}; run Backtrack from its repository folder`);
    dir = parent;
  }
  return dir;
}
