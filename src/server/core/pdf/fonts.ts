import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';

// The fonts every PDF of the platform draws with (badges, the outcome document), and what they can draw.

export interface FontFile {
  bytes: Uint8Array;
  codePoints: Set<number>;
}

const require = createRequire(import.meta.url);
const fontCache = new Map<string, FontFile>();

/** DejaVu Sans covers Latin with Vietnamese, Greek and Cyrillic; read once per process. */
export function fontFile(file: string): FontFile {
  let font = fontCache.get(file);
  if (!font) {
    const bytes = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    font = { bytes, codePoints: new Set(fontkit.create(bytes).characterSet) };
    fontCache.set(file, font);
  }
  return font;
}

const COMBINING_MARK = /\p{M}/u;

/**
 * The text with every character the font cannot draw replaced: an accented
 * letter by its bare letter, anything else by "?". A name in a script the font
 * lacks still gives a badge, never a failed download.
 */
export function drawableText(text: string, codePoints: Set<number>): string {
  let out = '';
  for (const character of text.replace(/[\p{Cc}\p{Cf}]/gu, '')) {
    if (codePoints.has(character.codePointAt(0) ?? 0)) {
      out += character;
      continue;
    }
    const parts = [...character.normalize('NFD')].filter((c) => codePoints.has(c.codePointAt(0) ?? 0));
    const base = parts.filter((c) => !COMBINING_MARK.test(c)).join('');
    out += base ? parts.join('') : '?';
  }
  return out;
}
