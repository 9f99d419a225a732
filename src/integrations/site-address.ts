// Used at build time: says in the build log when the site is built without its public address
// (SITE_URL, see src/lib/site/address.ts), so a build meant for publication is not missed.
import type { AstroIntegration } from 'astro';
import { noSiteUrlMessage } from '../lib/site/address';

export function siteAddress(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'verhaalkit:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
      },
      'astro:build:start': ({ logger }) => {
        if (site === undefined) logger.warn(noSiteUrlMessage);
        else logger.info(`adres van de site: ${site.href}`);
      },
    },
  };
}
