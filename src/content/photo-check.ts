/**
 * Checks the photo files an entry names (leadImage.src, <Figure src>) before Astro imports
 * them: the file is there, inside the collection's folder (src/content/media-file.ts), it is an
 * image, in a format the image pipeline takes, and not so large that it slows every build.
 */
import { readFileSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';
import { fileFinding, type CollectionFile, type FileFinding } from './media-file.ts';

/** image-size's names for the formats editors may use. */
const ACCEPTED = new Set(['jpg', 'png', 'webp', 'avif']);
const ACCEPTED_NAMES = 'JPEG、PNG、WebP 或 AVIF';
const EXAMPLE = './images/bay-area.jpg';
const LARGE_BYTES = 20 * 1024 * 1024;
const LARGE_SIDE = 8000;

/** What is wrong with the photo `src` named by `entry` (an entry or a profile). */
export function photoFinding(entry: CollectionFile, src: string): FileFinding {
  return fileFinding(entry, src, { what: '图片', example: EXAMPLE }, (file) => photoFileFinding(file, src));
}

function photoFileFinding(file: string, src: string): FileFinding {
  const bytes = readFileSync(file);
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return { error: `${src} 不是可读的图片（文件可能已损坏或并非图片）；请重新导出为 ${ACCEPTED_NAMES}` };
  }
  if (!size.type || !ACCEPTED.has(size.type)) return { error: `${src} 是 ${(size.type ?? '未知').toUpperCase()} 格式，不支持；请另存为 ${ACCEPTED_NAMES}` };
  const megabytes = statSync(file).size / 1024 / 1024;
  if (megabytes * 1024 * 1024 > LARGE_BYTES || Math.max(size.width, size.height) > LARGE_SIDE) {
    return { warning: `${src} 原图很大（${megabytes.toFixed(1)} MB，${size.width}×${size.height} 像素），每次构建都会变慢；请先缩小到长边 4000 像素以内` };
  }
  return {};
}
