/**
 * localStorage key of the learner's progress. If you rename it, migrate the old key.
 * Its own module, free of zod and zustand, so a page can check whether anything is saved
 * without loading the store (components/progress/use-progress.ts).
 */
export const PROGRESS_KEY = "dockside-progress";
