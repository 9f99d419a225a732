// Used at build time: the deck that the story page and home page tell.

/** The ready-made deck whose order the story page follows. */
export const storyDeckId = 'het-verhaal';
