// Runs the real build on small fixtures with one deliberate mistake each, and checks that
// the build fails with a message naming the file and the field or id.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
const root = join(import.meta.dirname, '..', '..');

const work = mkdtempSync(join(tmpdir(), 'verhaalkit-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const slide = (id: string, title = `Titel ${id}`) =>
  `---\nid: ${id}\n${title === '' ? '' : `title: ${title}\n`}part: verhaal\nsummary: Samenvatting.\nsources: [bron-a]\n---\n\nTekst van ${id}.\n`;

/** A small bar chart; `values` and `extra` (more YAML) let a test break it. */
const dataset = (values = '[3, [1, 2]]', extra = '') =>
  `id: cijfers\ntitle: Cijfers\ntype: bar\nunit: aantal\nx: { title: Jaar, values: [a, b] }\nseries:\n  - { id: aantal, label: Aantal, values: ${values} }\n${extra}sources: [bron-a]\n`;

const baseFiles: Record<string, string> = {
  'slides/een.mdx': slide('een'),
  'slides/twee.mdx': slide('twee'),
  'slides/grafiek.mdx': `${slide('grafiek')}\n<Chart id="cijfers" />\n`,
  'content/datasets/cijfers.yaml': dataset(),
  'content/tags.yaml': '- id: preventie\n  label: Preventie\n',
  'content/sources/bron-a.yaml': 'id: bron-a\ntitle: Titel\nauthor: Auteur\nyear: 2020\n',
  'content/decks/het-verhaal.yaml':
    'id: het-verhaal\ntitle: Het verhaal\ndescription: D\naudience: A\ndurationMinutes: 5\nslides: [een, twee]\n',
};

function build(name: string, files: Record<string, string | null>) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries({ ...baseFiles, ...files })) {
    if (text === null) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const folder of ['ambassadors', 'key-figures'])
    mkdirSync(join(dir, 'content', folder), { recursive: true });
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      KIT_SLIDES_DIR: join(dir, 'slides'),
      KIT_CONTENT_DIR: join(dir, 'content'),
      KIT_OUT_DIR: join(dir, 'dist'),
      KIT_CACHE_DIR: join(dir, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the build refuses broken content', () => {
  it('builds the sound fixture, so the failures below are caused by the mistakes', () => {
    const { status, output } = build('sound', {});
    expect(status, output).toBe(0);
  });

  it('fails on a slide without a title, naming the file and the field in Dutch', () => {
    const { status, output } = build('missing-title', { 'slides/twee.mdx': slide('twee', '') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/twee\.mdx → veld "title": Ongeldige invoer/);
  });

  it('fails on a deck that names an unknown slide, naming the file, the field and the id', () => {
    const { status, output } = build('unknown-slide', {
      'content/decks/het-verhaal.yaml':
        'id: het-verhaal\ntitle: Het verhaal\ndescription: D\naudience: A\ndurationMinutes: 5\nslides: [een, drie]\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('het-verhaal.yaml → veld "slides[1]": onbekende slide-id "drie"');
  });

  it('fails on a slide naming a topic outside content/tags.yaml, naming the file and the field', () => {
    const { status, output } = build('unknown-tag', {
      'slides/twee.mdx': slide('twee').replace(
        'part: verhaal\n',
        'part: verhaal\ntags: [preventie, gemeente]\n',
      ),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('twee.mdx → veld "tags[1]": onbekend onderwerp "gemeente"');
  });

  it('fails on a portrait without alt text, credit or consent, naming the file and the field', () => {
    const person = (portrait: string) =>
      `id: a\nname: A\nquote: '“Q.”'\nsector: zorg\nsources: [bron-a]\nportrait:\n${portrait}`;
    const { status, output } = build('portrait', {
      'content/ambassadors/a.yaml': person('  image: /portretten/a.jpg\n  credit: B\n  consent: true\n'),
      'content/ambassadors/b.yaml': person(
        '  image: /portretten/b.jpg\n  alt: B lacht\n  consent: true\n',
      ).replace('id: a', 'id: b'),
      'content/ambassadors/c.yaml': person(
        '  image: /portretten/c.jpg\n  alt: C lacht\n  credit: D\n',
      ).replace('id: a', 'id: c'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/a\.yaml → veld "portrait\.alt"/);
    expect(output).toMatch(/b\.yaml → veld "portrait\.credit"/);
    expect(output).toMatch(/c\.yaml → veld "portrait\.consent"/);
  });

  it('fails on two slides with the same id, naming both files and the id', () => {
    const { status, output } = build('duplicate-id', { 'slides/een-kopie.mdx': slide('een') });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /slides\/een(-kopie)?\.mdx → veld "id": Slide-id "een" bestaat al in \S*slides\/een(-kopie)?\.mdx;/,
    );
  });
});

describe('the build refuses a dataset with a bad value, naming the file and the field', () => {
  it('fails on a series with a missing point', () => {
    const { status, output } = build('chart-missing-point', {
      'content/datasets/cijfers.yaml': dataset('[3]'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'cijfers.yaml → veld "series.0.values": reeks "aantal" heeft 1 waarden, maar de x-as heeft er 2',
    );
  });

  it('fails on a range whose minimum exceeds its maximum', () => {
    const { status, output } = build('chart-min-over-max', {
      'content/datasets/cijfers.yaml': dataset('[3, [2, 1]]'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'cijfers.yaml → veld "series.0.values.1": bandbreedte [2, 1]: het minimum is groter dan het maximum',
    );
  });

  it('fails on a label for an unknown series', () => {
    const labels = 'directLabels: [{ series: totaal, at: b }]\n';
    const { status, output } = build('chart-unknown-series', {
      'content/datasets/cijfers.yaml': dataset(undefined, labels),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('cijfers.yaml → veld "directLabels.0.series": onbekende reeks "totaal"');
  });
});
