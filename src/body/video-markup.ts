/**
 * A video as readers get it: <video controls preload="none" playsinline>, so nothing of the
 * video is fetched until the reader presses play, sized by its poster so nothing shifts.
 * The poster comes from Astro's image pipeline (getImage() of astro:assets), one WebP at the
 * article column's width on a 2× screen (a poster takes one URL, no srcset); the video file
 * is the one the build emitted (src/body/video-files.ts). Video slots that bodies leave
 * (src/body/elements/video.ts) are filled here, in the page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import videos from 'virtual:entry-videos';
import { entriesFolder } from '../content/entry-files.ts';
import { t } from '../site/strings.ts';
import { VIDEO_SLOT } from './elements/video.ts';
import { attributeText } from './photo-markup.ts';

/** The widest the article column is (src/styles/global.css --measure, 40.5rem) on a 2× screen. */
const POSTER_WIDTH = 1296;

const slotPattern = new RegExp(`<${VIDEO_SLOT.tagName} class="${VIDEO_SLOT.className}" data-video-src="([^"]*)" data-poster-src="([^"]*)"></${VIDEO_SLOT.tagName}>`, 'g');

/** `url` is where the file `name` (media/clip.mp4) is served: in `astro dev` with a query after it. */
async function videoHtml(name: string, url: string, poster: ImageMetadata): Promise<string> {
  const width = Math.min(poster.width, POSTER_WIDTH);
  const image = await getImage({ src: poster, width, format: 'webp' });
  const height = Math.round((width * poster.height) / poster.width);
  const type = `video/${path.extname(name).slice(1).toLowerCase()}`;
  return toHtml(
    h('video', { className: ['video'], controls: true, preload: 'none', playsInline: true, poster: image.src, width, height }, [
      h('source', { src: url, type }),
      // Only a browser that plays no HTML video shows this.
      h('a', { href: url }, t.video.download),
    ]),
  );
}

/**
 * The HTML with each video slot filled. `entryFile` is the entry's file from the project's
 * root (the collection's filePath), beside which `src` lies; `photos` are the entry's photos
 * by the src written (the collection's bodyPhotos), the posters among them.
 */
export async function fillVideoSlots(html: string, entryFile: string, photos: Readonly<Record<string, ImageMetadata>>, root: URL): Promise<string> {
  const slots = [...html.matchAll(slotPattern)];
  if (slots.length === 0) return html;
  const rootPath = fileURLToPath(root);
  const folder = entriesFolder(rootPath);
  const filled = await Promise.all(
    slots.map(([, written = '', posterWritten = '']) => {
      const src = attributeText(written);
      const name = path.relative(folder, path.resolve(rootPath, path.dirname(entryFile), src)).split(path.sep).join('/');
      const url = videos[name];
      const poster = photos[attributeText(posterWritten)];
      // The content check has found both files: a miss is a bug.
      if (!url || !poster) throw new Error(`No video or poster imported for the video ${src} in ${entryFile}`);
      return videoHtml(name, url, poster);
    }),
  );
  let index = 0;
  return html.replace(slotPattern, () => filled[index++]!);
}
