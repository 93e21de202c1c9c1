/**
 * Checks the photo files an entry names (leadImage.src, <Figure src>) before Astro imports
 * them: the file is there (else the closest name in its folder is suggested), it is an
 * image, in a format the image pipeline takes, and not so large that it slows every build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { suggestKey } from './suggest-key.ts';

/** image-size's names for the formats editors may use. */
const ACCEPTED = new Set(['jpg', 'png', 'webp', 'avif']);
const ACCEPTED_NAMES = 'JPEG、PNG、WebP 或 AVIF';
const EXAMPLE = './images/bay-area.jpg';
const LARGE_BYTES = 20 * 1024 * 1024;
const LARGE_SIDE = 8000;

/** What is wrong with a file an entry names: an error, or a warning that lets the build go on. */
export interface FileFinding {
  error?: string;
  warning?: string;
}

/** The name in `file`'s folder closest to its own, if any is close. */
export function closestFile(file: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return undefined;
  }
  return suggestKey(path.basename(file), names);
}

/** The file a photo or video `src` named by the entry file at `entryFile` (absolute) is, if it is there. */
export function namedFile(entryFile: string, src: string): string {
  return path.resolve(path.dirname(entryFile), src);
}

/** What is wrong with the photo `src` named by the entry file at `entryFile` (absolute). */
export function photoFinding(entryFile: string, src: string): FileFinding {
  if (!/^\.\.?\//.test(src)) return { error: `图片文件应写成相对于本文的路径，以 ./ 开头，例如 ${EXAMPLE}，实际为 “${src}”` };
  const file = namedFile(entryFile, src);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    const suggestion = closestFile(file);
    const written = suggestion ? `${path.posix.dirname(src)}/${suggestion}` : undefined;
    return { error: `找不到图片文件 ${src}${written ? `，是否应为 ${written}？` : `；图片请放在文章旁的文件夹里，例如 ${EXAMPLE}`}` };
  }
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
