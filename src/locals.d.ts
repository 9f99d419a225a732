// What a page's layout tells the components it renders (Astro.locals).
declare namespace App {
  interface Locals {
    /**
     * Set by DeckLayout: the page is a deck, whose player (src/client/deck/player.ts) does what the
     * slide components' own scripts do on other pages, so those scripts stay off its page.
     */
    deckPage?: boolean;
  }
}
