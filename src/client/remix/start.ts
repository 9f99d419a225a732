// Used in the browser on the remix page only (/presenteer/): starts the deck player with the parts
// that read the link, in the same module as the player, so the cover is up without waiting for
// another chunk. Where slides come first, the ones the link names are on their way since
// public/remix/early.js ran.
import { startDeckPlayer } from '../deck/player';
import { frameRemix } from '../deck/frame';
import { loadRemix, remixCover } from './player';

void startDeckPlayer({ cover: remixCover, load: loadRemix, frame: frameRemix });
