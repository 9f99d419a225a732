// Used at build time (astro.config.mjs) and by tests: reads the kit's content from disk with
// the same schemas as the content layer, collecting every problem in Dutch with its file and field.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { slideSchema } from '../schemas/slide';
import { deckSchema } from '../schemas/deck';
import { ambassadorSchema } from '../schemas/ambassador';
import { sourceSchema } from '../schemas/source';
import { keyFigureSchema } from '../schemas/key-figure';
import { datasetSchema } from '../schemas/dataset';
import { tagSchema, type Tag } from '../schemas/tag';
import { redirectsSchema } from '../schemas/redirects';
import type { KitInput, Located } from '../lib/content/kit';
import type { Problem } from '../lib/content/problems';

export interface ContentDirs {
  /** Project root; file paths in problems are relative to it. */
  root: string;
  slides: string;
  content: string;
}

function filesIn(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Splits an MDX file into its YAML frontmatter and body. */
export function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (match === null) return { frontmatter: {}, body: text };
  return { frontmatter: yaml.load(match[1] ?? ''), body: match[2] ?? '' };
}

/** The raw frontmatter and body of each slide module. */
export function readSlideFiles(
  dirs: ContentDirs,
): Array<{ filePath: string; frontmatter: unknown; body: string }> {
  return filesIn(dirs.slides, /\.mdx$/).map((file) => ({
    filePath: relative(dirs.root, file),
    ...splitFrontmatter(readFileSync(file, 'utf8')),
  }));
}

/** The file that maps old slide ids to new ones. */
export const redirectsFile = 'redirects.yaml';

function readRedirects(
  dirs: ContentDirs,
  parse: (
    filePath: string,
    schema: typeof redirectsSchema,
    read: () => unknown,
  ) => Located<Record<string, string[]>>[],
): Located<Record<string, string[]>> | undefined {
  const file = join(dirs.content, redirectsFile);
  if (!existsSync(file)) return undefined;
  // An empty file (only comments) is an empty map.
  return parse(
    relative(dirs.root, file),
    redirectsSchema,
    () => yaml.load(readFileSync(file, 'utf8')) ?? {},
  )[0];
}

/** All content parsed with the kit's schemas; invalid entries are left out and reported. */
export function readContent(dirs: ContentDirs): { input: KitInput; problems: Problem[] } {
  const problems: Problem[] = [];
  function parse<S extends z.ZodType>(
    filePath: string,
    schema: S,
    read: () => unknown,
  ): Located<z.output<S>>[] {
    let raw: unknown;
    try {
      raw = read();
    } catch (error) {
      problems.push({
        file: filePath,
        field: '(bestand)',
        message: `kan het bestand niet lezen: ${String(error)}`,
      });
      return [];
    }
    const result = schema.safeParse(raw);
    if (result.success) return [{ filePath, data: result.data }];
    for (const issue of result.error.issues) {
      problems.push({
        file: filePath,
        field: issue.path.join('.') || '(hele bestand)',
        message: issue.message,
      });
    }
    return [];
  }
  const data = <S extends z.ZodType>(folder: string, schema: S) =>
    filesIn(join(dirs.content, folder), /\.(ya?ml|json)$/).flatMap((file) =>
      parse(relative(dirs.root, file), schema, () => yaml.load(readFileSync(file, 'utf8'))),
    );
  const slides = readSlideFiles(dirs).flatMap((file) =>
    parse(file.filePath, slideSchema, () => file.frontmatter).map((entry) => ({ ...entry, body: file.body })),
  );
  const tags = readTags(dirs, problems);
  const input: KitInput = {
    tags,
    slides,
    decks: data('decks', deckSchema),
    ambassadors: data('ambassadors', ambassadorSchema),
    sources: data('sources', sourceSchema),
    keyFigures: data('key-figures', keyFigureSchema),
    datasets: data('datasets', datasetSchema),
    redirects: readRedirects(dirs, parse),
  };
  return { input, problems };
}

/** The tag vocabulary (`content/tags.yaml`, a list); each entry is checked on its own. */
function readTags(dirs: ContentDirs, problems: Problem[]): Located<Tag>[] {
  const file = join(dirs.content, 'tags.yaml');
  const filePath = relative(dirs.root, file);
  if (!existsSync(file)) return [];
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push({
      file: filePath,
      field: '(bestand)',
      message: `kan het bestand niet lezen: ${String(error)}`,
    });
    return [];
  }
  if (!Array.isArray(raw)) {
    problems.push({ file: filePath, field: '(hele bestand)', message: 'verwacht een lijst met onderwerpen' });
    return [];
  }
  return raw.flatMap((entry: unknown, index) => {
    const result = tagSchema.safeParse(entry);
    if (result.success) return [{ filePath, data: result.data }];
    for (const issue of result.error.issues)
      problems.push({ file: filePath, field: [index, ...issue.path].join('.'), message: issue.message });
    return [];
  });
}
