// Wires loaders to schemas; nothing else. KIT_SLIDES_DIR / KIT_CONTENT_DIR let the
// build-failure tests point the same site at a fixture with deliberately broken content.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { slideSchema } from './schemas/slide';
import { deckSchema } from './schemas/deck';
import { ambassadorSchema } from './schemas/ambassador';
import { sourceSchema } from './schemas/source';
import { keyFigureSchema } from './schemas/key-figure';
import { datasetSchema } from './schemas/dataset';
import { tagSchema } from './schemas/tag';
import { storySchema } from './schemas/story';

const slidesDir = process.env['KIT_SLIDES_DIR'] ?? './slides';
const contentDir = process.env['KIT_CONTENT_DIR'] ?? './content';

const data = (folder: string) => glob({ pattern: '**/*.{yaml,yml,json}', base: `${contentDir}/${folder}` });

export const collections = {
  slides: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: slidesDir }), schema: slideSchema }),
  decks: defineCollection({ loader: data('decks'), schema: deckSchema }),
  ambassadors: defineCollection({ loader: data('ambassadors'), schema: ambassadorSchema }),
  sources: defineCollection({ loader: data('sources'), schema: sourceSchema }),
  keyFigures: defineCollection({ loader: data('key-figures'), schema: keyFigureSchema }),
  datasets: defineCollection({ loader: data('datasets'), schema: datasetSchema }),
  story: defineCollection({ loader: data('story'), schema: storySchema }),
  tags: defineCollection({ loader: file(`${contentDir}/tags.yaml`), schema: tagSchema }),
};
