// Reads the kit's content from disk the way the content layer does, for tests that need no build.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { slideSchema } from '../../src/schemas/slide';
import { deckSchema } from '../../src/schemas/deck';
import { ambassadorSchema } from '../../src/schemas/ambassador';
import { sourceSchema } from '../../src/schemas/source';
import { keyFigureSchema } from '../../src/schemas/key-figure';
import type { KitInput, Located } from '../../src/lib/kit';

export const root = join(import.meta.dirname, '..', '..');

function filesIn(dir: string, pattern: RegExp): string[] {
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

function parseAll<S extends z.ZodType>(files: string[], schema: S, read: (file: string) => unknown) {
  return files.map((file): Located<z.output<S>> => {
    const result = schema.safeParse(read(file));
    if (!result.success) {
      const issues = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`${relative(root, file)}: ${issues.join('; ')}`);
    }
    return { filePath: relative(root, file), data: result.data };
  });
}

/** The raw body of each slide module, by file. */
export function slideFiles(): Array<{ filePath: string; frontmatter: unknown; body: string }> {
  return filesIn(join(root, 'slides'), /\.mdx$/).map((file) => ({
    filePath: relative(root, file),
    ...splitFrontmatter(readFileSync(file, 'utf8')),
  }));
}

/** All content, parsed with the kit's schemas; throws naming the file on the first invalid entry. */
export function loadContent(): KitInput {
  const data = (folder: string) => filesIn(join(root, 'content', folder), /\.(ya?ml|json)$/);
  const readData = (file: string) => yaml.load(readFileSync(file, 'utf8'));
  const slides = slideFiles().map((file) => {
    const [parsed] = parseAll([join(root, file.filePath)], slideSchema, () => file.frontmatter);
    if (parsed === undefined) throw new Error(`kon ${file.filePath} niet lezen`);
    return { ...parsed, body: file.body };
  });
  return {
    slides,
    decks: parseAll(data('decks'), deckSchema, readData),
    ambassadors: parseAll(data('ambassadors'), ambassadorSchema, readData),
    sources: parseAll(data('sources'), sourceSchema, readData),
    keyFigures: parseAll(data('key-figures'), keyFigureSchema, readData),
  };
}
