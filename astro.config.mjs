// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://verhaalkit.kansrijkestart.example',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx()],
  // Everything is served by us: no prefetch of other hosts, no remote images.
  prefetch: false,
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
