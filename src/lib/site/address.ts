// Used at build time (astro.config.mjs): the site's public address comes from the environment
// variable SITE_URL, never from the code. Without it the build still works, but the closing slide
// shows no address or QR code, pages get no canonical link and offline files no link back online.

/** The environment variable that holds the site's public address. */
export const siteUrlVariable = 'SITE_URL';

/** The build log line when SITE_URL is not set. */
export const noSiteUrlMessage =
  'SITE_URL is niet gezet: de slotslide toont geen adres en geen QR-code, pagina’s krijgen geen canonieke link en offline bestanden geen link naar de site. Bouw met SITE_URL=https://… voor publicatie.';

/**
 * The site's address from the value of SITE_URL: undefined when empty or unset, otherwise an
 * absolute http(s) address ending in "/". Anything else stops the build with a clear message,
 * so a typo never ends up in a QR code.
 */
export function siteFromEnv(value: string | undefined): string | undefined {
  const text = value?.trim() ?? '';
  if (text === '') return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${siteUrlVariable}="${text}" is geen geldig webadres (verwacht: https://…).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${siteUrlVariable}="${text}" moet met https:// of http:// beginnen.`);
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    throw new Error(`${siteUrlVariable}="${text}" mag alleen een adres zijn, zonder ?, # of inlognaam.`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
