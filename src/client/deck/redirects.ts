// Used in the browser: the old slide ids (content/redirects.yaml) that DeckLayout embeds in
// every deck page, for deep links and remix links.
import { redirectMap, type Redirects } from '../../lib/content/redirects';

export function pageRedirects(): Redirects {
  const json = document.querySelector('script[data-slide-redirects]')?.textContent ?? '{}';
  try {
    return redirectMap(JSON.parse(json) as Record<string, string[]>);
  } catch {
    return new Map();
  }
}
