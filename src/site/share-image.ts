/**
 * The pictures a shared link and search engines show, through Astro's image pipeline: the
 * entry's lead image, else the site's default (src/assets/default-share.png, rendered by
 * scripts/share-images.ts), as a 1200px-wide JPEG (WeChat and Weibo take no AVIF), the
 * 16:9, 4:3 and 1:1 crops Google asks of an article's image, the site's logo, and a square
 * of an author's profile photo for their page's Person.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import defaultShare from '../assets/default-share.png';
import siteLogo from '../assets/site-logo.png';
import { site } from '../site.config.ts';
import { fallbackFormat } from '../body/photo-markup.ts';

const SHARE_WIDTH = 1200;
const CROPS = [16 / 9, 4 / 3, 1];
/** A person's picture where a search engine shows one: a square, large enough for its panels. */
const PERSON_SIDE = 400;

export interface ShareImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

export interface PhotoRef {
  src: ImageMetadata;
  alt: string;
}

/** getImage() gives URLs with the base path; crawlers need them absolute. */
const absolute = (src: string, origin: URL) => new URL(src, origin).href;

export async function shareImage(photo: PhotoRef | undefined, origin: URL): Promise<ShareImage> {
  const { src, alt } = photo ?? { src: defaultShare, alt: site.name };
  const width = Math.min(SHARE_WIDTH, src.width);
  const image = await getImage({ src, width, format: 'jpeg' });
  return { url: absolute(image.src, origin), width, height: Math.round((width * src.height) / src.width), alt, type: 'image/jpeg' };
}

/** The lead image's crops for JSON-LD, as wide as the photo allows up to 1200px; the default image as it is. */
export async function structuredDataImages(photo: PhotoRef | undefined, origin: URL): Promise<string[]> {
  if (!photo) return [(await shareImage(undefined, origin)).url];
  const width = Math.min(SHARE_WIDTH, photo.src.width);
  const crops = CROPS.map((ratio) => getImage({ src: photo.src, width, height: Math.round(width / ratio), fit: 'cover', format: 'jpeg' }));
  return (await Promise.all(crops)).map((image) => absolute(image.src, origin));
}

export async function logoImage(origin: URL): Promise<{ url: string; width: number; height: number }> {
  const image = await getImage({ src: siteLogo, width: siteLogo.width, format: 'png' });
  return { url: absolute(image.src, origin), width: siteLogo.width, height: siteLogo.height };
}

/** A profile photo as JSON-LD's Person `image`: a square crop, as large as the photo allows up to 400px, JPEG (PNG for a PNG). */
export async function personImage(photo: ImageMetadata, origin: URL): Promise<string> {
  const side = Math.min(PERSON_SIDE, photo.width, photo.height);
  const image = await getImage({ src: photo, width: side, height: side, fit: 'cover', format: fallbackFormat(photo) });
  return absolute(image.src, origin);
}
