// Used at build time and in the browser: the slide that works as the reading guide.

/** The slide listing the seven arguments; every argument slide links back to it. */
export const guideSlideId = 'waarom-investeren';
