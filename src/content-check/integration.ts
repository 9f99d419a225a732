// Used at build time: checks all content before Astro loads it, so that authors get every
// problem at once, in Dutch, with file and field (Astro's own schema errors are English).
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { readContent } from './read-content';
import { assembleKit } from '../lib/content/kit';
import { formatProblems, type Problem } from '../lib/content/problems';
import { iconRefs } from '../lib/content/mdx-refs';
import { existsSync } from 'node:fs';
import type { KitInput } from '../lib/content/kit';
import { storyProblems } from './read-story';
import { iconFile } from '../data/icons';

/** Card icons must be lucide icons (inlined from lucide-static at build time). */
function iconProblems(input: KitInput, root: string): Problem[] {
  return input.slides.flatMap((slide) =>
    iconRefs(slide.body)
      .filter((name) => !existsSync(iconFile(name, root)))
      .map((name) => ({
        file: slide.filePath,
        field: 'Card',
        message: `onbekend icoon "${name}"; kies een naam van lucide.dev, bijvoorbeeld "baby" of "hand-heart"`,
      })),
  );
}

export function contentCheck(options: { slidesDir: string; contentDir: string }): AstroIntegration {
  return {
    name: 'verhaalkit:content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const root = fileURLToPath(config.root);
        const dirs = {
          root,
          slides: resolve(root, options.slidesDir),
          content: resolve(root, options.contentDir),
        };
        const { input, problems } = readContent(dirs);
        const all = [
          ...problems,
          ...assembleKit(input).problems,
          ...iconProblems(input, root),
          ...storyProblems(dirs, input),
        ];
        if (all.length > 0) throw new Error(formatProblems(all));
      },
    },
  };
}
