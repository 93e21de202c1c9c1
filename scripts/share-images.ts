/**
 * Renders the site's logo and its default share image (for pages without a photo) from SVG
 * with Sharp, into src/assets/, where the pages take them through Astro's image pipeline.
 * The PNGs are committed: run `node scripts/share-images.ts` after changing the site's name
 * or colours (src/site.config.ts). Text is set in Noto Sans CJK (Debian's fonts-noto-cjk).
 */
import sharp from 'sharp';
import { site } from '../src/site.config.ts';

const RED = '#b3261e';
const FONT = "font-family=\"'Noto Sans CJK SC', sans-serif\" font-weight=\"700\"";
const assets = new URL('../src/assets/', import.meta.url);

/** The mark of the favicon (public/favicon.svg), larger: 新 on the site's red. */
const logo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="${RED}"/><text x="256" y="350" font-size="300" text-anchor="middle" fill="#fff" ${FONT}>新</text></svg>`;

/** 1200×630, the size Open Graph and Twitter cards show: the logo and the site's name. */
const share = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 630"><rect width="1200" height="630" fill="#faf9f6"/><rect y="590" width="1200" height="40" fill="${RED}"/><rect x="120" y="195" width="200" height="200" rx="38" fill="${RED}"/><text x="220" y="350" font-size="120" text-anchor="middle" fill="#fff" ${FONT}>新</text><text x="380" y="340" font-size="112" fill="#1d1d1f" ${FONT}>${site.name}</text></svg>`;

await sharp(Buffer.from(logo)).png({ compressionLevel: 9 }).toFile(new URL('site-logo.png', assets).pathname);
await sharp(Buffer.from(share)).png({ compressionLevel: 9, palette: true }).toFile(new URL('default-share.png', assets).pathname);
