// Used at build time only (Node): the inline SVG of a lucide-static icon, read once per name for
// the whole build (a slide's icons are drawn on its page, its presenter page, in every deck,
// miniature and story scene that shows it: thousands of times for a few dozen files).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { iconNamePattern, inlineIcon } from '../lib/deck/icon';

const read = new Map<string, string>();

/** Where lucide-static keeps icon `name`, under the project at `root`. */
export function iconFile(name: string, root = process.cwd()): string {
  return join(root, 'node_modules', 'lucide-static', 'icons', `${name}.svg`);
}

/** The markup of icon `name`; an unknown name throws, in Dutch, so the build fails. */
export function iconSvg(name: string): string {
  const known = read.get(name);
  if (known !== undefined) return known;
  const file = iconFile(name);
  if (!iconNamePattern.test(name) || !existsSync(file))
    throw new Error(
      `Onbekend icoon "${name}": gebruik een naam van lucide.dev (bijvoorbeeld "baby" of "hand-heart")`,
    );
  const svg = inlineIcon(readFileSync(file, 'utf8'));
  read.set(name, svg);
  return svg;
}
