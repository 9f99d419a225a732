import { z } from './messages';
import { idSchema } from './slide';

/** A place on a chart's x-axis: a category label or a number (a year). */
const xValueSchema = z.union([z.string().min(1), z.number()]);

/**
 * Where a piece of story text comes from: a slide's own text (never a second copy) or a key
 * figure, shown as a large number with its label, date and source.
 */
export const textRefSchema = z.union([
  z.strictObject({
    /** Id of the slide whose text is shown. */
    slide: idSchema,
    /** Which text: its title, its summary, what it projects (stage) or its reading text. */
    part: z.enum(['title', 'summary', 'stage', 'reading']).default('reading'),
    /** Which block (paragraph, list, quote) of that part, counting from 0; all blocks if left out. */
    block: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    /** Id of a key figure in `content/key-figures/`, shown as a large number. */
    keyFigure: idSchema,
  }),
]);

/** What one step of a scene brings forward in its chart; everything else is shown faded. */
export const highlightSchema = z.strictObject({
  /** Ids of the dataset's series in focus (default: all series). */
  series: z.array(idSchema).default([]),
  /** X values whose points or bars are marked (default: none marked, all shown). */
  points: z.array(xValueSchema).default([]),
  /** A stretch of the x-axis in focus; points outside it are faded. */
  range: z.strictObject({ from: xValueSchema, to: xValueSchema }).optional(),
});

/** One text step that scrolls past the chart and changes what it shows. */
export const stepSchema = z.strictObject({
  /** The step's text, from slides and key figures; empty when the chart's change says it all. */
  text: z.array(textRefSchema).default([]),
  /** What the chart brings forward during this step. */
  highlight: highlightSchema.default({ series: [], points: [] }),
});

/** A scroll scene: one chart stays in view while two to five steps scroll past. */
export const sceneSchema = z.strictObject({
  /** Id of the dataset drawn (`content/datasets/`); also the scene's `data-scene`. */
  chart: idSchema,
  /** The slide that shows this chart; the scene stands for it (its anchor, "Presenteer dit"). */
  slide: idSchema,
  /** The steps, in reading order. */
  steps: z.array(stepSchema).min(2).max(5),
});

/** One item of a chapter, in reading order: a slide read as it is, or a scene. */
export const chapterItemSchema = z.union([
  z.strictObject({
    /** Id of a slide shown whole. */
    slide: idSchema,
  }),
  z.strictObject({
    /** A scroll scene. */
    scene: sceneSchema,
  }),
]);

/** A chapter of the story. */
export const chapterSchema = z
  .strictObject({
    /** Anchor of the chapter (`/verhaal/#<id>`) and its `data-chapter`. */
    id: idSchema,
    /** Introduction, one of the seven arguments, what is being done, or the closing. */
    kind: z.enum(['intro', 'argument', 'approach', 'closing']),
    /** The argument's number (1–7) in the reading guide; only for argument chapters. */
    argument: z.number().int().min(1).max(7).optional(),
    /** The slide whose title is the chapter's heading (an argument's claim). */
    claim: idSchema.optional(),
    /** The heading when no slide gives it (Dutch). */
    title: z.string().min(1).optional(),
    /** Slides and scenes, in reading order. */
    items: z.array(chapterItemSchema).min(1),
    /** Ambassadors whose verbatim quote this chapter carries (ids in `content/ambassadors/`). */
    quotes: z.array(idSchema).max(3).default([]),
    /** Slides not told in the story whose old links (`/verhaal/#<id>`) land on this chapter. */
    aliases: z.array(idSchema).default([]),
  })
  .superRefine((chapter, ctx) => {
    if (chapter.kind === 'argument' && chapter.argument === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['argument'],
        message: 'een argument-hoofdstuk heeft een nummer (1–7)',
      });
    if (chapter.kind === 'argument' && chapter.quotes.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['quotes'],
        message: 'een argument-hoofdstuk draagt één tot drie citaten van ambassadeurs',
      });
    if (chapter.claim === undefined && chapter.title === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['title'],
        message: 'geef een kop: `claim` (een slide-id) of `title`',
      });
  });

/** A word the reader may not know, explained where it first appears on the page. */
export const glossaryEntrySchema = z.strictObject({
  /** The word or abbreviation as it appears in the text (case matters). */
  term: z.string().min(1),
  /** What it means, in plain Dutch. */
  meaning: z.string().min(1),
});

/** The public story (`content/story/`): its opening, chapters and glossary. */
export const storySchema = z.strictObject({
  /** Id of the story (one story: `verhaal`). */
  id: idSchema,
  /** The ready-made deck that "Presenteer dit" opens where it holds the slide. */
  deck: idSchema,
  /** The opening screen: a one-sentence promise (a slide's text) and one key figure. */
  opening: z.strictObject({
    /** The promise, taken from a slide. */
    promise: textRefSchema,
    /** The one key figure shown large. */
    keyFigure: idSchema,
  }),
  /** The chapters, in reading order. */
  chapters: z.array(chapterSchema).min(1),
  /** Jargon and abbreviations, explained at their first use on the page. */
  glossary: z.array(glossaryEntrySchema).default([]),
});

export type TextRef = z.output<typeof textRefSchema>;
export type Highlight = z.output<typeof highlightSchema>;
export type Step = z.output<typeof stepSchema>;
export type Scene = z.output<typeof sceneSchema>;
export type ChapterItem = z.output<typeof chapterItemSchema>;
export type Chapter = z.output<typeof chapterSchema>;
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
export type StoryInput = z.input<typeof storySchema>;
export type Story = z.output<typeof storySchema>;
