// Build-time endpoint: /slides/index.json, the small index of library slides (src/data/slide-index.ts)
// that the builder and the hand-out check links against before fetching slides.
import type { APIRoute } from 'astro';
import { slideIndex } from '../../data/slide-index';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await slideIndex()), { headers: { 'content-type': 'application/json' } });
