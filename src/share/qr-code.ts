/** QR codes for the 微信 share panel, made at build time: the page needs no script to show one. */
import QRCode from 'qrcode';

/**
 * `text` as an SVG QR code: black modules on white in either theme (a camera needs the contrast,
 * and not every reader decodes inverted codes), with the standard four-module quiet zone. The
 * markup has presentation attributes only, no style attribute the CSP would block.
 */
export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
