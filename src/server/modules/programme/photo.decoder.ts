import { AppError } from '../../core/errors.js';

/** Photos are served square at this size: enough for a high-density speaker card, small on a weak network. */
const PHOTO_SIZE = 480;
/** A decompression bomb is refused before it is decoded: a 40-megapixel camera's photo is the most we take. */
const MAX_INPUT_PIXELS = 40_000_000;
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

const refuse = (detail: string) =>
  new AppError('speaker.photo_invalid', detail, [{ field: 'photo', code: 'field.invalid_format', message: detail }]);

/** Checks the bytes are a photo we take (not what the file claims to be) and makes the served copy. */
async function decodePhoto(bytes: Buffer): Promise<Buffer> {
  // Loaded on the first upload: libvips costs a quarter of a second at start, and most nodes never resize a photo.
  const { default: sharp } = await import('sharp');
  let format: string | undefined;
  try {
    format = (await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    throw refuse('is not a JPEG, PNG or WebP image');
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) throw refuse('is not a JPEG, PNG or WebP image');
  try {
    // rotate() applies the camera's orientation; the output carries no metadata (no location, no camera).
    return await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: 'cover', position: 'attention' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
  } catch {
    throw refuse('could not be read as an image (damaged or too large)');
  }
}

/** The decoder itself, behind an object so that a test can count and hold its calls. */
export const photoDecoder = { decode: decodePhoto };

/**
 * One decode at a time on this node: a large photo takes libvips a few hundred megabytes, so
 * uploads that arrive together wait their turn instead of adding up. Tests read `waiting`.
 */
export const photoDecodes = { isBusy: false, waiting: 0 };
const turns: (() => void)[] = [];

async function takeTurn(): Promise<void> {
  if (!photoDecodes.isBusy) {
    photoDecodes.isBusy = true;
    return;
  }
  photoDecodes.waiting++;
  await new Promise<void>((resolve) => turns.push(resolve));
  photoDecodes.waiting--;
}

function passTurn() {
  const next = turns.shift();
  if (next) next();
  else photoDecodes.isBusy = false;
}

export async function preparePhoto(bytes: Buffer): Promise<Buffer> {
  await takeTurn();
  try {
    return await photoDecoder.decode(bytes);
  } finally {
    passTurn();
  }
}
