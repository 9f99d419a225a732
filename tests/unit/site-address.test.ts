// The site's public address is configuration (SITE_URL), not code: read and checked here, and
// used by a real build of a small fixture for the closing slide's QR code, canonical links and
// the offline files. A build without it says so and shows no address rather than a made-up one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noSiteUrlMessage, siteFromEnv } from '../../src/lib/site/address';
import { storyCover, storyLine } from '../../src/lib/deck/story-cover';

const root = join(import.meta.dirname, '..', '..');

describe('SITE_URL', () => {
  it('is the site’s address with a closing slash, or nothing when unset or empty', () => {
    expect(siteFromEnv('https://verhaalkit.kansrijkestart.nl')).toBe('https://verhaalkit.kansrijkestart.nl/');
    expect(siteFromEnv(' https://kansrijkestart.nl/kit/ ')).toBe('https://kansrijkestart.nl/kit/');
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('  ')).toBeUndefined();
  });

  it('stops the build with a clear message on anything that is not a plain web address', () => {
    expect(() => siteFromEnv('verhaalkit.nl')).toThrow('SITE_URL="verhaalkit.nl" is geen geldig webadres');
    expect(() => siteFromEnv('javascript:alert(1)')).toThrow('moet met https:// of http:// beginnen');
    expect(() => siteFromEnv('https://a.nl/?x=1')).toThrow('zonder ?, # of inlognaam');
  });
});

describe('the story line on a ready-made deck’s cover', () => {
  it('splits the story’s title from its subtitle and keeps only the maker of the author line', () => {
    const cover = storyCover({
      title: 'Een Kansrijke Start voor iedereen. Het verhaal over de eerste 1.000 dagen',
      author: 'Ministerie van VWS, in afstemming met de coalitie',
    });
    expect(cover).toEqual({
      title: 'Een Kansrijke Start voor iedereen',
      subtitle: 'Het verhaal over de eerste 1.000 dagen',
      maker: 'Ministerie van VWS',
    });
    expect(storyLine(cover)).toBe(
      'Een Kansrijke Start voor iedereen · Het verhaal over de eerste 1.000 dagen',
    );
    expect(storyLine(storyCover({ title: 'Titel', author: 'Auteur' }))).toBe('Titel');
  });
});

// A real build of a small fixture, once with SITE_URL and once without.
const work = mkdtempSync(join(tmpdir(), 'verhaalkit-site-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const slide = (id: string) =>
  `---\nid: ${id}\ntitle: Titel ${id}\npart: verhaal\nsummary: Samenvatting.\nsources: [bron-a]\n---\n\nTekst van ${id}.\n`;
const files: Record<string, string> = {
  'slides/een.mdx': slide('een'),
  'slides/twee.mdx': slide('twee'),
  'content/tags.yaml': '- id: preventie\n  label: Preventie\n',
  'content/sources/bron-a.yaml': 'id: bron-a\ntitle: Titel\nauthor: Auteur\nyear: 2020\n',
  'content/sources/verhaal-eerste-1000-dagen.yaml':
    'id: verhaal-eerste-1000-dagen\ntitle: Een Kansrijke Start voor iedereen. Het verhaal over de eerste 1.000 dagen\nauthor: Ministerie van Volksgezondheid, Welzijn en Sport, in afstemming met de coalitie\nyear: z.j.\n',
  'content/decks/het-verhaal.yaml':
    'id: het-verhaal\ntitle: Het verhaal\ndescription: D\naudience: A\ndurationMinutes: 5\nslides: [een, twee]\n',
};

function build(name: string, siteUrl: string | undefined) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const folder of ['ambassadors', 'key-figures', 'datasets'])
    mkdirSync(join(dir, 'content', folder), { recursive: true });
  const env: Record<string, string | undefined> = {
    ...process.env,
    KIT_SLIDES_DIR: join(dir, 'slides'),
    KIT_CONTENT_DIR: join(dir, 'content'),
    KIT_OUT_DIR: join(dir, 'dist'),
    KIT_CACHE_DIR: join(dir, 'cache'),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    SITE_URL: siteUrl,
  };
  if (siteUrl === undefined) delete env['SITE_URL'];
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env,
  });
  const out = join(dir, 'dist');
  const read = (path: string) => readFileSync(join(out, path), 'utf8');
  const textFiles = () =>
    readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(html|js|css|txt|xml|json)$/.test(f),
    );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, read, textFiles };
}

describe('a build with SITE_URL', () => {
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build('with', 'https://verhaalkit.kansrijkestart.test/');
  }, 240_000);

  it('builds, and says which address it uses', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output).toContain('adres van de site: https://verhaalkit.kansrijkestart.test/');
  });

  it('prints the address and draws its QR code on the closing slide', () => {
    const deck = built.read('decks/het-verhaal/index.html');
    expect(deck).toMatch(/<p class="end__address"[^>]*>verhaalkit\.kansrijkestart\.test<\/p>/);
    expect(deck).toMatch(/<div class="end__qr"[^>]*><svg/);
  });

  it('gives site pages a canonical link and the offline file a link back to the site', () => {
    expect(built.read('verhaal/index.html')).toContain(
      '<link rel="canonical" href="https://verhaalkit.kansrijkestart.test/verhaal/">',
    );
    expect(built.read('offline/het-verhaal.html')).toContain(
      '<a href="https://verhaalkit.kansrijkestart.test/">Naar de verhaalkit (online)</a>',
    );
  });

  it('has no placeholder “.example” address in any file it wrote', () => {
    const withExample = built.textFiles().filter((file) => /\.example\b/.test(built.read(file)));
    expect(withExample).toEqual([]);
  });

  it('puts the story’s title and its maker on the ready-made deck’s cover', () => {
    const deck = built.read('decks/het-verhaal/index.html');
    expect(deck).toMatch(
      /class="cover__programme"[^>]*>Een Kansrijke Start voor iedereen · Het verhaal over de eerste 1\.000 dagen</,
    );
    expect(deck).toMatch(
      /class="cover__subtitle cover__maker"[^>]*>Ministerie van Volksgezondheid, Welzijn en Sport</,
    );
  });
});

describe('a build without SITE_URL', () => {
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build('without', undefined);
  }, 240_000);

  it('builds, and says in its log that the address is missing and what that means', () => {
    expect(built.status, built.output).toBe(0);
    expect(built.output.replace(/\s+/g, ' ')).toContain(noSiteUrlMessage);
  });

  it('shows no address and no QR code on the closing slide, and no canonical link or link back online', () => {
    const deck = built.read('decks/het-verhaal/index.html');
    expect(deck).toContain('Meer weten?');
    expect(deck).not.toContain('end__qr');
    expect(deck).not.toContain('end__address');
    expect(built.read('verhaal/index.html')).not.toContain('rel="canonical"');
    expect(built.read('offline/het-verhaal.html')).not.toContain('Naar de verhaalkit (online)');
  });
});

describe('a build with a broken SITE_URL', () => {
  it('fails and names the variable and its value', () => {
    const built = build('broken', 'verhaalkit.nl');
    expect(built.status).not.toBe(0);
    expect(built.output).toContain('SITE_URL="verhaalkit.nl" is geen geldig webadres');
  }, 120_000);
});
