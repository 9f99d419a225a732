// Used at build time (the content check) and by tests: reads the public story from
// `content/story/` with its schema and checks every id it points at, in Dutch with file and field.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { storySchema } from '../schemas/story';
import { checkStory } from '../lib/story/check';
import { storyTargetsOfInput } from '../lib/story/targets';
import type { KitInput } from '../lib/content/kit';
import type { Problem } from '../lib/content/problems';
import type { ContentDirs } from './read-content';

/** Every problem of the story files (none when the content has no story). */
export function storyProblems(dirs: ContentDirs, input: KitInput): Problem[] {
  const dir = join(dirs.content, 'story');
  if (!existsSync(dir)) return [];
  const targets = storyTargetsOfInput(input);
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .flatMap((name) => {
      const file = relative(dirs.root, join(dir, name));
      let raw: unknown;
      try {
        raw = yaml.load(readFileSync(join(dir, name), 'utf8'));
      } catch (error) {
        return [{ file, field: '(bestand)', message: `kan het bestand niet lezen: ${String(error)}` }];
      }
      const result = storySchema.safeParse(raw);
      if (!result.success)
        return result.error.issues.map((issue) => ({
          file,
          field: issue.path.join('.') || '(hele bestand)',
          message: issue.message,
        }));
      return checkStory(file, result.data, targets);
    });
}
