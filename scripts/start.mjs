// `npm start`: builds what is missing or older than its sources, then runs the server.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
};
const builtAt = (stamp) => (existsSync(stamp) ? statSync(stamp).mtimeMs : 0);
const npm = (script) => execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });

const sharedInputs = ['src/shared', 'package-lock.json'].map((p) => newest(join(root, p)));
const targets = [
  { script: 'build:server', stamp: 'dist/.server-built', inputs: ['src/server', 'tsconfig.server.json'] },
  { script: 'build:web', stamp: 'dist/.web-built', inputs: ['src/web', 'index.html', 'vite.config.ts'] },
];
for (const { script, stamp, inputs } of targets) {
  const sourceTime = Math.max(...sharedInputs, ...inputs.map((p) => newest(join(root, p))));
  if (sourceTime > builtAt(join(root, stamp))) {
    process.stdout.write(`Building (${script})...\n`);
    npm(script);
    writeFileSync(join(root, stamp), new Date().toISOString());
  }
}
await import(join(root, 'dist/server/main.js'));
