/** Writes a YUV4MPEG2 video (what Chromium's fake camera plays) from RGB frames, without ffmpeg. */
import type { RgbImage } from './raster.js';

const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value)));

/** One frame as 4:2:0 planes (BT.601, full range as C420jpeg declares). */
function yuv420(image: RgbImage): Buffer {
  const { width, height, pixels } = image;
  const luma = Buffer.alloc(width * height);
  const [chromaWidth, chromaHeight] = [width / 2, height / 2];
  const blue = Buffer.alloc(chromaWidth * chromaHeight);
  const red = Buffer.alloc(chromaWidth * chromaHeight);
  const at = (x: number, y: number, channel: number) => pixels[(y * width + x) * 3 + channel] ?? 0;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      luma[y * width + x] = clamp(0.299 * at(x, y, 0) + 0.587 * at(x, y, 1) + 0.114 * at(x, y, 2));
  for (let y = 0; y < chromaHeight; y++)
    for (let x = 0; x < chromaWidth; x++) {
      const mean = (channel: number) =>
        (at(2 * x, 2 * y, channel) +
          at(2 * x + 1, 2 * y, channel) +
          at(2 * x, 2 * y + 1, channel) +
          at(2 * x + 1, 2 * y + 1, channel)) /
        4;
      const [r, g, b] = [mean(0), mean(1), mean(2)];
      blue[y * chromaWidth + x] = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
      red[y * chromaWidth + x] = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
    }
  return Buffer.concat([luma, blue, red]);
}

/** The frames, all one size with even sides, as a Y4M file at `framesPerSecond`. */
export function y4mVideo(frames: readonly RgbImage[], framesPerSecond: number): Buffer {
  const first = frames[0];
  if (!first) throw new Error('a video needs at least one frame');
  if (first.width % 2 || first.height % 2) throw new Error('Y4M 4:2:0 frames need even sides');
  const header = `YUV4MPEG2 W${first.width} H${first.height} F${framesPerSecond}:1 Ip A1:1 C420jpeg\n`;
  const parts: Buffer[] = [Buffer.from(header, 'ascii')];
  for (const frame of frames) {
    if (frame.width !== first.width || frame.height !== first.height)
      throw new Error('frames differ in size');
    parts.push(Buffer.from('FRAME\n', 'ascii'), yuv420(frame));
  }
  return Buffer.concat(parts);
}
