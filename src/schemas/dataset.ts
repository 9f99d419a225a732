import { z } from './messages';
import { idSchema } from './slide';

/** One value of a series: a number, a `[minimum, maximum]` range, or null for a deliberate gap. */
export const pointSchema = z.union([z.number(), z.tuple([z.number(), z.number()]), z.null()]);

/** A place on the x-axis: a category label or a number on a linear axis (e.g. a year). */
const xValueSchema = z.union([z.string().min(1), z.number()]);

/** One line or one set of bars in a chart. */
export const seriesSchema = z.object({
  /** Id within the dataset, used by direct labels. */
  id: idSchema,
  /** Name of the series in the legend, on the chart and in the table (Dutch). */
  label: z.string().min(1),
  /** One value per x value, in the same order; null leaves a gap that is never bridged. */
  values: z.array(pointSchema),
});

/** The numbers behind one chart, in `content/datasets/`, with their sources. */
export const datasetSchema = z
  .object({
    /** Stable id that slides use in `<Chart id="…" />`. */
    id: idSchema,
    /** Title of the chart, shown in its caption (Dutch). */
    title: z.string().min(1),
    /** The original figure's title when it is not Dutch, shown beside the Dutch title in its language. */
    originalTitle: z
      .object({
        /** The title as the original prints it. */
        text: z.string().min(1),
        /** Its language (BCP 47, e.g. "en"), so it is marked up and read aloud as such. */
        lang: z.string().regex(/^[a-z]{2,3}$/),
      })
      .optional(),
    /** Lines (a development over x) or bars (a comparison between categories). */
    type: z.enum(['line', 'bar']),
    /** Bars run from left to right, with the categories underneath each other (for long labels). */
    horizontal: z.boolean().default(false),
    /** True when the shape only illustrates an idea and is no measurement; the chart says so on screen. */
    schematic: z.boolean().default(false),
    /** What the values count, e.g. "per 1.000 geboorten"; the title of the value axis and the table. */
    unit: z.string().min(1),
    /** Decimals shown for every value (default: as written in the dataset). */
    decimals: z.number().int().min(0).max(3).optional(),
    /** The x-axis: its title and its values, all labels (categories) or all numbers (a linear axis). */
    x: z.object({
      /** Title of the x-axis and of the table's first column. */
      title: z.string().min(1),
      /** The categories or numbers along the axis, in order. */
      values: z.union([z.array(z.string().min(1)).min(1), z.array(z.number()).min(1)]),
    }),
    /** Optional fixed range of the value axis. */
    valueAxis: z
      .object({
        /** Lowest value on the axis (default 0). */
        min: z.number().optional(),
        /** Highest value on the axis (default: fitted to the data). */
        max: z.number().optional(),
      })
      .default({}),
    /** The series drawn, each with one value per x value. */
    series: z.array(seriesSchema).min(1),
    /** Series names written on the chart next to a chosen point (default: next to the last point). */
    directLabels: z
      .array(
        z.object({
          /** Id of the series to label. */
          series: idSchema,
          /** The x value where the label goes. */
          at: xValueSchema,
        }),
      )
      .default([]),
    /** Stretches of the x-axis that are marked and named, e.g. the first 1,000 days. */
    bands: z
      .array(
        z.object({
          /** First x value of the stretch. */
          from: xValueSchema,
          /** Last x value of the stretch. */
          to: xValueSchema,
          /** Name shown in the stretch (Dutch). */
          label: z.string().min(1),
        }),
      )
      .default([]),
    /** Values on the value axis marked with a dashed line and a label. */
    referenceLines: z
      .array(
        z.object({
          /** Where the line goes on the value axis. */
          value: z.number(),
          /** What the line means (Dutch). */
          label: z.string().min(1),
        }),
      )
      .default([]),
    /** Key figures shown beside the chart with their sources (ids from `content/key-figures/`). */
    keyFigures: z.array(idSchema).default([]),
    /** A short remark shown under the chart, e.g. about a change of definition (Dutch). */
    note: z.string().min(1).optional(),
    /** Ids of the sources the numbers come from. */
    sources: z.array(idSchema).min(1),
  })
  .superRefine((dataset, ctx) => {
    const xs: ReadonlyArray<string | number> = dataset.x.values;
    const seriesIds = dataset.series.map((series) => series.id);
    const numericX = typeof xs[0] === 'number';
    if (numericX && xs.some((x, index) => index > 0 && (x as number) <= (xs[index - 1] as number))) {
      ctx.addIssue({ code: 'custom', path: ['x', 'values'], message: 'getallen op de x-as moeten oplopen' });
    }
    dataset.series.forEach((series, index) => {
      if (seriesIds.indexOf(series.id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', index, 'id'],
          message: `reeks-id "${series.id}" komt twee keer voor`,
        });
      }
      if (series.values.length !== xs.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', index, 'values'],
          message: `reeks "${series.id}" heeft ${series.values.length} waarden, maar de x-as heeft er ${xs.length}: vul elk punt in (null voor een bewust gat)`,
        });
      }
      series.values.forEach((value, at) => {
        if (!Array.isArray(value)) return;
        if (dataset.type === 'line') {
          ctx.addIssue({
            code: 'custom',
            path: ['series', index, 'values', at],
            message: 'een bandbreedte kan alleen in een staafdiagram (type: bar)',
          });
        } else if (value[0] > value[1]) {
          ctx.addIssue({
            code: 'custom',
            path: ['series', index, 'values', at],
            message: `bandbreedte [${value[0]}, ${value[1]}]: het minimum is groter dan het maximum`,
          });
        }
      });
    });
    const checkX = (value: string | number, path: Array<string | number>) => {
      if (!xs.includes(value))
        ctx.addIssue({ code: 'custom', path, message: `"${value}" staat niet op de x-as` });
    };
    dataset.directLabels.forEach((label, index) => {
      if (!seriesIds.includes(label.series)) {
        ctx.addIssue({
          code: 'custom',
          path: ['directLabels', index, 'series'],
          message: `onbekende reeks "${label.series}"; deze dataset heeft: ${seriesIds.join(', ')}`,
        });
      }
      checkX(label.at, ['directLabels', index, 'at']);
    });
    dataset.bands.forEach((band, index) => {
      checkX(band.from, ['bands', index, 'from']);
      checkX(band.to, ['bands', index, 'to']);
    });
  });

export type DatasetInput = z.input<typeof datasetSchema>;
export type Dataset = z.output<typeof datasetSchema>;
export type DatasetSeries = z.output<typeof seriesSchema>;
export type Point = z.output<typeof pointSchema>;
