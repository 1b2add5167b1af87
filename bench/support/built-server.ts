// The built server (dist/) on a throwaway PGlite with the demo seeded, on a loopback port:
// what the page benchmarks measure, as a reader's browser would meet it.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export async function startBuiltServer(port: number) {
  for (const file of ['dist/server/main.js', 'dist/web/index.html', 'dist/ssr/render.js']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first.`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pendopo-bench-'));
  const child = spawn(process.execPath, ['dist/server/main.js', 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    // The demo is seeded just after the node is ready: wait for its event too.
    if (ready && (await fetch(`${base}/api/events/icdd-2021`)).status === 200) break;
    await sleep(50);
  }
  return { base, stop };
}

/** The demo's public pages, with ids looked up through the public API. */
export async function publicPages(base: string): Promise<{ name: string; path: string }[]> {
  const programme = await (await fetch(`${base}/api/events/icdd-2021/programme`)).json();
  const { delegations } = await (await fetch(`${base}/api/events/icdd-2021/delegations`)).json();
  const event = '/events/icdd-2021';
  const panel = programme.sessions.find((s: { type: string }) => s.type === 'panel');
  return [
    { name: 'home', path: '/' },
    { name: 'event', path: event },
    { name: 'programme', path: `${event}/programme` },
    { name: 'session', path: `${event}/programme/sessions/${programme.sessions[0].id}` },
    { name: 'speaker', path: `${event}/speakers/${programme.speakers[0].id}` },
    { name: 'delegations', path: `${event}/delegations` },
    { name: 'delegation', path: `${event}/delegations/${delegations[0].id}` },
    { name: 'registration form', path: `${event}/register` },
    // A panel: its questions, its finished poll and its player (which loads no media before the viewer asks).
    { name: 'live panel', path: `${event}/programme/sessions/${panel.id}/live` },
    // The implementation tracker: its figures, chart and world map, with the demo's five years of reports.
    { name: 'tracker', path: `${event}/commitments` },
  ];
}

/** The files a page's HTML makes the browser load at once: scripts, preloaded modules, style sheets. */
export const assetsOf = (html: string) =>
  [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="(\/assets\/[^"]+)"/g)].map((match) => match[1] as string);
