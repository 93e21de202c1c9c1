/**
 * A photo as readers get it, from Astro's image pipeline (getImage() of astro:assets): a
 * <picture> with AVIF and WebP sources and a JPEG (PNG for a PNG) fallback at widths that fit
 * the article column on 360–1440px screens at 1×–3×, over a tiny blurred preview inlined as
 * a data: URI (the CSP allows no inline style, so the preview is an image of its own). Photo
 * slots that bodies leave (src/body/elements/figure.ts) are filled here, in the page.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import sharp from 'sharp';
import { PHOTO_SLOT } from './elements/figure.ts';
import { photoWidths } from './photo-sizes.ts';


/** The article column (src/styles/global.css .article, --measure), for the browser to pick a width before CSS loads. */
export const PHOTO_SIZES = '(min-width: 48rem) min(40.5rem, 100vw - 2rem), min(38.25rem, 100vw - 2rem)';

const PREVIEW_WIDTH = 16;


/** The fallback every browser shows: a PNG stays PNG (it may be a chart with sharp edges), the rest JPEG. */
function fallbackFormat(image: ImageMetadata): 'png' | 'jpeg' {
  return image.format === 'png' ? 'png' : 'jpeg';
}

const previews = new Map<string, Promise<string>>();

/** A few hundred bytes: the photo at 16px wide, which CSS blurs and stretches under the picture. */
function preview(image: ImageMetadata): Promise<string> {
  // Astro keeps the imported file's path on its image, unlisted in the type (its build reads the file from it).
  const file = (image as ImageMetadata & { fsPath: string }).fsPath;
  let made = previews.get(file);
  if (!made) {
    made = sharp(file)
      .rotate()
      .resize(PREVIEW_WIDTH)
      .webp({ quality: 40 })
      .toBuffer()
      .then((bytes) => `data:image/webp;base64,${bytes.toString('base64')}`);
    previews.set(file, made);
  }
  return made;
}

export interface PhotoOptions {
  alt: string;
  /** The lead image: the page's largest paint, so loaded at once and first. */
  lead?: boolean;
}

export async function photoElement(image: ImageMetadata, { alt, lead = false }: PhotoOptions): Promise<Element> {
  const widths = photoWidths(image.width);
  const width = widths.at(-1)!;
  const encode = (format: 'avif' | 'webp' | 'png' | 'jpeg') => getImage({ src: image, width, widths, format, sizes: PHOTO_SIZES });
  const [avif, webp, fallback, previewSrc] = await Promise.all([encode('avif'), encode('webp'), encode(fallbackFormat(image)), preview(image)]);
  const height = Math.round((width * image.height) / image.width);
  const size = { width, height };
  return h('div', { className: ['photo'] }, [
    h('img', { className: ['photo__preview'], src: previewSrc, alt: '', ...size }),
    h('picture', [
      h('source', { type: 'image/avif', srcSet: avif.srcSet.attribute, sizes: PHOTO_SIZES }),
      h('source', { type: 'image/webp', srcSet: webp.srcSet.attribute, sizes: PHOTO_SIZES }),
      h('img', {
        src: fallback.src,
        srcSet: fallback.srcSet.attribute,
        sizes: PHOTO_SIZES,
        ...size,
        alt,
        decoding: 'async',
        ...(lead ? { loading: 'eager', fetchPriority: 'high' } : { loading: 'lazy' }),
      }),
    ]),
  ]);
}

const slotPattern = new RegExp(`<${PHOTO_SLOT.tagName} class="${PHOTO_SLOT.className}" data-photo-src="([^"]*)" alt="([^"]*)">`, 'g');

/** hast-util-to-html writes the characters it escapes in attributes as hexadecimal references. */
export function attributeText(value: string): string {
  return value.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)));
}

/**
 * The HTML with each photo slot filled; `photos` are the entry's photos by the src written
 * (the collection's bodyPhotos, or the lead image). A slot without its photo is a bug: the
 * content check and the loader see the same src.
 */
export async function fillPhotoSlots(html: string, photos: Readonly<Record<string, ImageMetadata>>, options: { lead?: boolean } = {}): Promise<string> {
  const slots = [...html.matchAll(slotPattern)];
  if (slots.length === 0) return html;
  const filled = await Promise.all(
    slots.map(async ([, written = '', alt = '']) => {
      const src = attributeText(written);
      const image = photos[src];
      if (!image) throw new Error(`No image imported for the photo ${src}`);
      return toHtml(await photoElement(image, { alt: attributeText(alt), ...options }));
    }),
  );
  let index = 0;
  return html.replace(slotPattern, () => filled[index++]!);
}

/** A photo shown small at a fixed size: a list's thumbnail, a profile's photo. */
export interface CroppedPhoto {
  /** Its box in CSS pixels (src/styles/global.css), which the photo is cropped to cover. */
  width: number;
  height: number;
  alt: string;
  /** Above the fold (a profile's photo at the top of its page): loaded at once. */
  eager?: boolean;
}

/** The screens a small photo is made for: 1× and 2× (a 3× screen scales the 2× one, unseen at this size). */
const DENSITIES = [1, 2];

/**
 * A <picture> of `image` cropped to cover a fixed box, AVIF with a WebP fallback at 1× and
 * 2×, lazy unless `eager`: small photos are never the page's largest paint.
 * With it, the 2× WebP's URL, for a client that builds the image itself (a search result's thumbnail).
 */
export async function croppedPhoto(image: ImageMetadata, { width, height, alt, eager = false }: CroppedPhoto): Promise<{ element: Element; largestUrl: string }> {
  const encode = (format: 'avif' | 'webp') => getImage({ src: image, width, height, fit: 'cover', densities: DENSITIES, format });
  const [avif, webp] = await Promise.all([encode('avif'), encode('webp')]);
  const element = h('picture', [
    h('source', { type: 'image/avif', srcSet: avif.srcSet.attribute }),
    h('img', { src: webp.src, srcSet: webp.srcSet.attribute, width, height, alt, loading: eager ? 'eager' : 'lazy', decoding: 'async' }),
  ]);
  return { element, largestUrl: webp.srcSet.values.at(-1)?.url ?? webp.src };
}
