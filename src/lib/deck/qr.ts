// Used at build time: the QR code on the closing slide, drawn as SVG from the site's address
// (astro.config's `site`), so that no outside service is asked for it.
import QRCode from 'qrcode';

/** An SVG QR code for `url`, dark modules in `colour`, decorative (the address is printed beside it). */
export async function qrSvg(url: string, colour = '#1d2a3a'): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: colour, light: '#ffffff' },
  });
  return svg.replace('<svg', '<svg aria-hidden="true" focusable="false"');
}

/** The address as people type it: without the scheme and the trailing slash. */
export function displayAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
