// Used in the browser: the one search of the kit. The site search page, the slide library's text
// filter and the builder's search all ask Pagefind (loaded on first use) and so find the same
// slides for the same words: title, summary, stage and reading text, notes, ambassador name and
// organisation; case and accents do not matter ("creeren" finds "creëren").
import { distinctSlideIds, type PagefindApi } from '../../lib/search/results';

let pagefind: Promise<PagefindApi> | undefined;
let slideIds: Promise<Record<string, string>> | undefined;

/** Loads Pagefind once; the URL is kept from Vite, which must not bundle the index's own script. */
export function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await api.options({ excerptLength: 24 });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    pagefind = undefined; // let the next attempt try again
    throw error;
  });
  return pagefind;
}

/** Pagefind's result ids mapped to slide ids, written by the build next to the index. */
function loadSlideIds(): Promise<Record<string, string>> {
  slideIds ??= fetch('/pagefind/slide-ids.json')
    .then(async (response) => (response.ok ? ((await response.json()) as Record<string, string>) : {}))
    .catch(() => {
      slideIds = undefined;
      return {};
    });
  return slideIds;
}

/** Ids of the slides that match the words, best match first; rejects when search cannot load. */
export async function findSlideIds(query: string): Promise<string[]> {
  const [api, ids] = await Promise.all([loadPagefind(), loadSlideIds()]);
  const found = await api.search(query);
  const urls: string[] = [];
  for (const result of found.results) {
    const id = Object.hasOwn(ids, result.id) ? ids[result.id] : undefined;
    // A result the map does not know (an index from another build) is read the slow way.
    urls.push(id !== undefined ? `/slides/${id}/` : (await result.data()).url);
  }
  return distinctSlideIds(urls);
}

/** Starts loading search in the background, e.g. when a search field gets focus. */
export function warmUpSearch(): void {
  void loadPagefind().catch(() => undefined);
  void loadSlideIds();
}
