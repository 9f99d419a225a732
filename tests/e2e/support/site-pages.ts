// Lists every page the build emitted, as URL paths, so sweeps cover all of them.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export const distDir = process.env['KIT_OUT_DIR'] ?? join(import.meta.dirname, '..', '..', '..', 'dist');

export function builtPages(): string[] {
  return (
    readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      // Offline deck files are no site pages: export.spec.ts opens them from file://.
      .filter((file) => file.endsWith('.html') && !file.replace(/\\/g, '/').startsWith('offline/'))
      .map((file) => `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '').replace(/\.html$/, ''))
      .sort()
  );
}

/** Deck players start reveal.js; wait for it before inspecting them. */
export function isDeckPage(path: string): boolean {
  return /^\/decks\/[^/]+\/$/.test(path) || /\/presenteer\/$/.test(path);
}

/** The site's address the build under test was made with (SITE_URL), read from a canonical link. */
export function builtSiteAddress(): string | undefined {
  const html = readFileSync(join(distDir, 'verhaal', 'index.html'), 'utf8');
  return /<link rel="canonical" href="https?:\/\/([^"]*?)\/verhaal\/"/.exec(html)?.[1];
}

/** The ids of the ready-made decks in content/decks/, sorted. */
export function readyMadeDeckIds(): string[] {
  const decksDir = join(import.meta.dirname, '..', '..', '..', 'content', 'decks');
  return readdirSync(decksDir)
    .filter((file) => /\.ya?ml$/.test(file))
    .map((file) => (yaml.load(readFileSync(join(decksDir, file), 'utf8')) as { id: string }).id)
    .sort();
}

/** The projector screens every stage check runs at: the stage's own size, full HD and 4:3. */
export const stageScreens = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 1024, height: 768 },
] as const;
