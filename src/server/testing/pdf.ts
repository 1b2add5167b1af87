import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

/** Reading PDFs as a person would see them, with poppler-utils; used by the server tests and the e2e specs. */

// jsqr is CommonJS with its function also on `default`, which is what TypeScript sees.
const jsQR = jsQRModule.default;

export const hasPoppler = spawnSync('pdftoppm', ['-v']).error === undefined;

/** The text of every page, as pdftotext reads it. */
export function pdfText(bytes: Uint8Array): string {
  const result = spawnSync('pdftotext', ['-layout', '-', '-'], { input: bytes });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout.toString('utf8');
}

/** What the QR code of each page says, read from pdftoppm's rendering at 150 dpi by jsQR. */
export function qrCodesOf(bytes: Uint8Array): (string | null)[] {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-badge-'));
  try {
    const file = join(dir, 'badge.pdf');
    writeFileSync(file, bytes);
    const result = spawnSync('pdftoppm', ['-png', '-r', '150', file, join(dir, 'page')]);
    if (result.status !== 0) throw new Error(`pdftoppm failed: ${result.stderr}`);
    return readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort()
      .map((name) => {
        const png = PNG.sync.read(readFileSync(join(dir, name)));
        return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
