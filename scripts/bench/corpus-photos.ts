/**
 * The corpus's photos: 2,400×1,600 JPEGs, each its own pixels (a gradient with noise, from its
 * seed, made by the tests' photo maker), so every photo costs the image pipeline what a
 * newsroom photo would. Made once per seed into a folder that outlives the run, then linked
 * into each corpus, so a rerun does not spend minutes making them again.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testPhoto } from '../../tests/support/test-photos.ts';
import { PHOTO_FOLDER, type PhotoSpec } from './corpus.ts';

const WIDTH = 2400;
const HEIGHT = 1600;
export const PHOTO_CACHE = path.join(os.tmpdir(), 'xinlingshou-bench-photos');

/** A hard link where the file system allows it (the cache and the corpus are both in the temp folder), else a copy. */
function linkOrCopy(from: string, to: string): void {
  mkdirSync(path.dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Put each photo into `dir` (the entries' folder), making the ones the cache does not hold yet. */
export async function writePhotos(dir: string, photos: PhotoSpec[]): Promise<{ made: number }> {
  mkdirSync(PHOTO_CACHE, { recursive: true });
  let made = 0;
  for (const photo of photos) {
    const cached = path.join(PHOTO_CACHE, `${WIDTH}x${HEIGHT}-${photo.seed}.jpg`);
    if (!existsSync(cached)) {
      // Written under another name first, so an interrupted run leaves no half photo in the cache.
      writeFileSync(`${cached}.part`, await testPhoto(WIDTH, HEIGHT, 'jpeg', photo.seed));
      renameSync(`${cached}.part`, cached);
      made++;
    }
    linkOrCopy(cached, path.join(dir, photo.file));
  }
  return { made };
}

/** Link the corpus's photos (in `contentDir`/articles/images/, if any) into `toDir`, for a baseline site to publish. */
export function linkPhotoFolder(contentDir: string, toDir: string): void {
  const photos = path.join(contentDir, 'articles', PHOTO_FOLDER);
  if (!existsSync(photos)) return;
  for (const name of readdirSync(photos)) linkOrCopy(path.join(photos, name), path.join(toDir, name));
}
