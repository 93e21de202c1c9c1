/** QR codes for the 微信 share panel, made at build time: the page needs no script to show one. */
import QRCode from 'qrcode';

/**
 * `text` as an SVG QR code: black modules on white in either theme (a camera needs the contrast,
 * and not every reader decodes inverted codes), with the standard four-module quiet zone. The
 * markup has presentation attributes only, no style attribute the CSP would block.
 * Made synchronously (qrcode answers a callback at once), so a Traditional twin can make its own
 * while the page is rewritten (src/edition/twin-page.ts).
 */
export function qrCodeSvg(text: string): string {
  let made: { svg?: string; error?: Error } = {};
  QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } }, (error, svg) => {
    made = error ? { error } : { svg };
  });
  if (made.error) throw made.error;
  if (made.svg === undefined) throw new Error('qrcode did not make the SVG at once');
  return made.svg;
}
