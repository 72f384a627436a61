// An image as tesseract reads it best and fastest: decoded by the browser
// (PNG, JPEG with its EXIF orientation, WebP, GIF's first frame, BMP), scaled
// so text is neither too small to read nor so large that recognition takes
// seconds (a 12-megapixel phone photo), and turned when asked.

/** Longest side after scaling: a card's small print stays legible, a phone photo shrinks 2–3×. */
export const MAX_SIDE = 1800;
/** Small screenshots are enlarged up to this: tesseract misses text under ~10 px. */
export const MIN_SIDE = 900;

export type Rotation = 0 | 90 | 180 | 270;

export async function decodeImage(bytes: Uint8Array, mime: string): Promise<ImageBitmap> {
  return createImageBitmap(new Blob([bytes as BlobPart], { type: mime }), { imageOrientation: 'from-image' });
}

export function scaleFor(width: number, height: number): number {
  const long = Math.max(width, height);
  if (long > MAX_SIDE) return MAX_SIDE / long;
  if (long < MIN_SIDE) return Math.min(2, MIN_SIDE / long);
  return 1;
}

export function renderForOcr(image: ImageBitmap, rotation: Rotation): OffscreenCanvas {
  const s = scaleFor(image.width, image.height);
  const w = Math.max(1, Math.round(image.width * s));
  const h = Math.max(1, Math.round(image.height * s));
  const turned = rotation === 90 || rotation === 270;
  const canvas = new OffscreenCanvas(turned ? h : w, turned ? w : h);
  const ctx = canvas.getContext('2d')!;
  // A transparent PNG would turn black: paint white behind it.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((rotation * Math.PI) / 180);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(image, -w / 2, -h / 2, w, h);
  return canvas;
}
