/**
 * The wrapper of a table that may scroll sideways (`.table-wrap`): a keyboard user can reach it and
 * scroll it with the arrow keys, and a screen reader names it (axe: scrollable-region-focusable).
 */
export const scrollRegion = (label: string) => ({ tabIndex: 0, role: 'region', 'aria-label': label }) as const;
