// Used at build time (Vite plugin, client bundle): every page script names all the chunks it
// needs, so the browser fetches them at once instead of one level of imports after the other.
//
// Rollup does this by default (`output.hoistTransitiveImports`); Rolldown, which Vite uses, does not
// implement it yet. Without it a page script that imports a chunk that imports another chunk
// costs one round trip per level: the deck player's code came in four waves and a remix's slide
// fetches started only after the fourth (measured December 2026: 229 → 449 → 524 → 560 ms on
// localhost before the first fetch).
//
// The chunks an entry reaches only through other chunks are appended to it as bare imports, after
// its own imports. They are evaluated through their first importer anyway, so the order in which
// modules run does not change; only the fetching starts earlier.
import type { Plugin } from 'vite';

/** The part of a Rolldown/Rollup output chunk this plugin reads and writes. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  imports: string[];
  code: string;
}

/** Every chunk `chunk` reaches through static imports, in the order first found (itself excluded). */
export function transitiveImports(fileName: string, chunks: ReadonlyMap<string, ChunkLike>): string[] {
  const seen = new Set<string>([fileName]);
  const order: string[] = [];
  const queue = [...(chunks.get(fileName)?.imports ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next)) continue;
    seen.add(next);
    order.push(next);
    queue.push(...(chunks.get(next)?.imports ?? []));
  }
  return order;
}

/** `to` as an import specifier from a chunk at `from` (both bundle-relative, `/`-separated). */
export function relativeSpecifier(from: string, to: string): string {
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let shared = 0;
  while (shared < fromDirs.length && shared < toParts.length - 1 && fromDirs[shared] === toParts[shared])
    shared += 1;
  const up = fromDirs.length - shared;
  const rest = toParts.slice(shared).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** The bare imports to append to an entry chunk: the chunks it does not import itself. */
export function hoistedImports(fileName: string, chunks: ReadonlyMap<string, ChunkLike>): string {
  const direct = new Set(chunks.get(fileName)?.imports ?? []);
  return transitiveImports(fileName, chunks)
    .filter((name) => !direct.has(name))
    .map((name) => `import ${JSON.stringify(relativeSpecifier(fileName, name))};`)
    .join('');
}

export function hoistImports(): Plugin {
  return {
    name: 'kit:hoist-transitive-imports',
    apply: 'build',
    // The pages' scripts only: the server-side build renders pages and never fetches a chunk.
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, ChunkLike>();
      for (const item of Object.values(bundle)) if (item.type === 'chunk') chunks.set(item.fileName, item);
      for (const chunk of chunks.values()) {
        if (!chunk.isEntry) continue;
        const extra = hoistedImports(chunk.fileName, chunks);
        if (extra !== '') chunk.code = `${chunk.code}\n${extra}\n`;
      }
    },
  };
}
