/**
 * Checks a video file an entry names (<Video src>) before the build copies it: the file is
 * there (else the closest name in its folder is suggested) and is an MP4 or WebM, which every
 * browser the site serves plays. Its poster is a photo (src/content/photo-check.ts).
 */
import { openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { closestFile, namedFile, type FileFinding } from './photo-check.ts';

const EXAMPLE = './media/clip.mp4';

/** What a file's first bytes say it is: MP4 has an `ftyp` box at byte 4, WebM (Matroska) the EBML magic number. */
function containerOf(head: Buffer): 'mp4' | 'webm' | undefined {
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') return 'mp4';
  if (head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))) return 'webm';
  return undefined;
}

/** What is wrong with the video `src` named by the entry file at `entryFile` (absolute). */
export function videoFinding(entryFile: string, src: string): FileFinding {
  const file = namedFile(entryFile, src);
  const head = Buffer.alloc(12);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    const suggestion = closestFile(file);
    const written = suggestion ? `${path.posix.dirname(src)}/${suggestion}` : undefined;
    return { error: `找不到视频文件 ${src}${written ? `，是否应为 ${written}？` : `；视频请放在文章旁的文件夹里，例如 ${EXAMPLE}`}` };
  }
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const container = containerOf(head);
  const named = path.extname(src).slice(1).toLowerCase();
  if (!container) return { error: `${src} 不是可播放的 MP4 或 WebM 视频（文件可能已损坏或并非视频）；请重新导出为 MP4（H.264）` };
  if (container !== named) return { error: `${src} 实际是 ${container.toUpperCase()} 视频，扩展名却是 .${named}；请把文件改名为 .${container}` };
  return {};
}
