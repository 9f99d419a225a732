// Used in the browser on the remix page only: starts reading the link and fetching its slides
// the moment this small module runs, in parallel with the deck player's code (which then picks
// the slides up in ./player.ts instead of fetching them after it has started).
import { startRemixLoad } from './player';

void startRemixLoad();
