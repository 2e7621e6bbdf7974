/**
 * Thai text for every comparison and every date in `checks/` (shared/design.md "Thai text"):
 * one `normalize()`, Buddhist-era years, the 1 October fiscal year, and the date shapes of
 * shared/thai-sites.md §5.
 */
export * from './normalize';
export * from './dates';
