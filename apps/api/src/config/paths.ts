import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the nearest folder above this file holding prisma/schema.prisma. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'prisma/schema.prisma'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find prisma/schema.prisma above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}
