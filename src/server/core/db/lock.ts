import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';

export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const inUse = (dataDir: string, owner: number) =>
  new DataDirLockedError(
    `DATA_DIR ${dataDir} is in use by Pendopo process ${owner}. Stop it first, or choose another DATA_DIR.`,
  );

/** Lock files this process holds: a file with our own pid that is not here is left by an earlier process. */
const held = new Set<string>();

/**
 * PGlite has no lock of its own and two processes on one directory corrupt it.
 * The lock is a file created exclusively with our pid; one left by a dead
 * process is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(resolve(dataDir), 'pendopo.lock');
  // Two databases on one directory in one process corrupt it just as two processes would.
  if (held.has(file)) throw inUse(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      held.add(file);
      return () => {
        if (!held.delete(file)) return;
        rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
      // Our own pid in a file we do not hold: a previous process had it (pids repeat, pid 1 in containers).
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) throw inUse(dataDir, owner);
      rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(`DATA_DIR ${dataDir}: could not take the lock file ${file}.`);
}
