import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 10;
/** Four modules of white around the code, as the QR standard asks; a decoder finds the code by it. */
const QUIET_ZONE = 4;
// Video levels of luma: 16 is black and 235 white; chroma 128 is no colour.
const BLACK = 16;
const WHITE = 235;
const NEUTRAL = 128;

/**
 * A Y4M video (what Chromium's fake camera plays, looped) of one still picture:
 * the QR code of the text, large and centred on white. Frames of 4:2:0 planes,
 * the full luma plane then the quarter-size U and V planes.
 */
export function writeQrVideo(file: string, text: string): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const span = modules.size + 2 * QUIET_ZONE;
  const scale = Math.floor((HEIGHT - 40) / span);
  const left = Math.floor((WIDTH - span * scale) / 2) + QUIET_ZONE * scale;
  const top = Math.floor((HEIGHT - span * scale) / 2) + QUIET_ZONE * scale;
  const luma = Buffer.alloc(WIDTH * HEIGHT, WHITE);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = (top + row * scale + y) * WIDTH + left + col * scale;
        luma.fill(BLACK, start, start + scale);
      }
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), NEUTRAL);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(file, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
}
