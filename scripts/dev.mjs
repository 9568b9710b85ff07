// `npm run dev`: the API rebuilt and restarted on every change (tsc --watch + node --watch) on PORT
// (default 3000), and the admin on Vite's dev server with hot reload (http://localhost:5173, which
// proxies /graphql to the API).
import { spawn, spawnSync } from 'node:child_process';

const run = (command, args, name, cwd = process.cwd()) => {
  const child = spawn(command, args, { stdio: 'inherit', env: process.env, cwd });
  child.on('exit', (code) => {
    if (!stopping) {
      console.error(`[dev] ${name} exited with ${code}; stopping`);
      stop(code ?? 1);
    }
  });
  return child;
};

let stopping = false;
const children = [];
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// One build first so node --watch has something to start.
for (const project of ['libs/domain/tsconfig.build.json', 'apps/api/tsconfig.build.json']) {
  const first = spawnSync('npx', ['tsc', '-p', project], { stdio: 'inherit' });
  if (first.status !== 0) process.exit(first.status ?? 1);
}

children.push(run('npx', ['tsc', '-p', 'libs/domain/tsconfig.build.json', '--watch', '--preserveWatchOutput'], 'domain compiler'));
children.push(run('npx', ['tsc', '-p', 'apps/api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], 'api compiler'));
children.push(run('node', ['--watch', 'apps/api/dist/main.js'], 'api'));
children.push(run('npx', ['vite'], 'admin', 'apps/admin'));
