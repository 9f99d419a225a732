// Used in the offline file only: src/integrations/offline-decks.ts bundles this, the deck player
// and everything it loads on demand (charts, speaker view) into one classic script.
import { startDeckPlayer } from './player';

void startDeckPlayer();
