/**
 * A video for tests, recorded here by Chromium itself (no ffmpeg on the machine, nothing
 * fetched): a second of a moving gradient on a canvas, through MediaRecorder as an H.264
 * MP4, a real file every browser plays. Recordings differ in their timestamps, so a test
 * records once and builds every site from the same bytes.
 */
import type { Browser } from 'playwright-core';

export async function testVideo(browser: Browser, { width = 320, height = 180, milliseconds = 1000 } = {}): Promise<Buffer> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent(`<canvas width="${width}" height="${height}"></canvas>`);
    const bytes = await page.evaluate(async (duration) => {
      const canvas = document.querySelector('canvas')!;
      const draw = canvas.getContext('2d')!;
      const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/mp4;codecs=avc1' });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start();
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const frame = (now: number) => {
          const shift = ((now - start) / duration) * canvas.width;
          const gradient = draw.createLinearGradient(shift, 0, shift + canvas.width, canvas.height);
          gradient.addColorStop(0, '#2a6f97');
          gradient.addColorStop(1, '#f4a261');
          draw.fillStyle = gradient;
          draw.fillRect(0, 0, canvas.width, canvas.height);
          if (now - start < duration) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
      recorder.stop();
      await stopped;
      return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
    }, milliseconds);
    return Buffer.from(bytes);
  } finally {
    await context.close();
  }
}
