// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/content-check/integration';
import { searchIndex } from './src/integrations/search-index';
import { offlineDecks } from './src/integrations/offline-decks';
import { hosting } from './src/integrations/hosting';
import { modulePreload } from './src/integrations/module-preload';
import { slideLayoutKey } from './src/integrations/slide-layout-key';
import { siteAddress } from './src/integrations/site-address';
import { siteFromEnv } from './src/lib/site/address';
import { headInjectDirective } from './src/integrations/head-inject-directive';
import { hoistImports } from './src/integrations/hoist-imports';
import { satteri } from '@astrojs/markdown-satteri';
import { dutchHyphens } from './src/lib/hyphenation/mdx-plugin';

// The build-failure tests point the same site at fixture content and their own folders.
const slidesDir = process.env.KIT_SLIDES_DIR ?? './slides';
const contentDir = process.env.KIT_CONTENT_DIR ?? './content';

const site = siteFromEnv(process.env.SITE_URL);

// Small modules that many pages share, each a chunk of a few hundred bytes of its own by default:
// grouped, a page fetches two chunks instead of a dozen (each a request that waits for a connection).
const chunkGroups = [
  {
    // The slides' content (server side only): one chunk for all, not one per slide. Page generation
    // loaded a module per slide (each resolved, read, compiled and linked on its own), and the
    // bundler wrote each as a file; at 1,000 extra slides one chunk took the cold build from 38.8 s
    // to 29.2 s (npm run bench -- --scale=1000) with the same pages, byte for byte.
    name: 'slides-content',
    priority: 3,
    test: /[\\/]slides[\\/][^\\/]+\.mdx(\?.*)?$/,
  },
  {
    name: 'shared',
    priority: 2,
    test: /(vite[\\/]preload-helper\.js|src[\\/]lib[\\/](content[\\/](text|slide-kinds|redirects)|charts[\\/](table|title)|hyphenation[\\/]soft-hyphens|export[\\/]model|deck[\\/]sequence)\.ts|src[\\/]client[\\/](deck[\\/](slide-links|frame)|hyphenation[\\/]copy|charts[\\/]loader)\.ts)$/,
  },
  {
    // The remix link codec, slide index and remix player: the remix player, builder and hand-out.
    name: 'remix',
    priority: 1,
    test: /src[\\/](lib[\\/]remix[\\/](own-slides|base64url|version|link|dates|slide-index|own-figures)|client[\\/](remix[\\/](player|own-sections)|hyphenation[\\/]own-text))\.ts$/,
  },
];

export default defineConfig({
  // The public address (QR code, canonical links, offline files): SITE_URL, see the README.
  ...(site === undefined ? {} : { site }),
  output: 'static',
  outDir: process.env.KIT_OUT_DIR ?? './dist',
  cacheDir: process.env.KIT_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  integrations: [
    siteAddress(),
    contentCheck({ slidesDir, contentDir }),
    // Soft hyphens in the slides' shown text (not their reading text or notes): src/lib/hyphenation.
    mdx({ processor: satteri({ hastPlugins: [dutchHyphens] }) }),
    searchIndex(),
    offlineDecks(),
    // Deck pages fetch all their player's chunks at once (before hosting compresses them).
    modulePreload(),
    hosting(),
  ],
  // Everything is served by us: no prefetching, no dev toolbar.
  prefetch: false,
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
    },
    // `layout:` in a slide's frontmatter is ours, not an Astro layout import.
    // Astro's unused `"use astro:head-inject"` directive warned once per slide (see the plugin).
    // A page script names every chunk it needs, so they load at once (see the plugin).
    plugins: [slideLayoutKey(), headInjectDirective(), hoistImports()],
  },
});
