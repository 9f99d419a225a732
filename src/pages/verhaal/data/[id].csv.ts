// The numbers of every chart the story shows, as CSV files made at build time (/verhaal/data/<id>.csv).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getKit } from '../../../data/kit';
import { citation } from '../../../lib/content/cite';
import { datasetCsv } from '../../../lib/story/csv';

export const getStaticPaths = (async () => {
  const kit = await getKit();
  return [...kit.datasets.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const kit = await getKit();
  const dataset = kit.datasets.get(params.id ?? '');
  if (dataset === undefined) return new Response('Onbekende grafiek', { status: 404 });
  const sources = dataset.sources.flatMap((id) => {
    const source = kit.sources.get(id);
    return source === undefined ? [] : [citation(source)];
  });
  return new Response(datasetCsv(dataset, sources), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
