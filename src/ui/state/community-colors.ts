/**
 * Colours for the "colour by community" view, chosen in the explorer rather than read from the graph:
 * the palette goes to the communities in legend order (largest first), the rest share the "other"
 * grey, so no colour stands for two communities whatever the build wrote.
 */
import type { CommunityEntry } from '../../core/community-legend.js';
import { categoricalColors } from '../../core/palette.js';

export function communityColors(entries: readonly CommunityEntry[]): Map<number, string> {
  return categoricalColors(entries.map((e) => e.community));
}
