import { ContentError, type ContentPaths, getContentPaths } from "../content";
import { loadFargatePrices } from "./load";
import type { FargatePrices } from "./model";

export type { FargatePrices } from "./model";

// Read once per process at build time, like the course; re-read per request in development so an
// edit to the price file shows up on reload.
const cache = process.env.NODE_ENV !== "development";
let pricesPromise: Promise<FargatePrices> | undefined;

/**
 * The Fargate prices from `content/_data/fargate-prices.yaml`, validated. Server only. Throws
 * `ContentError` (with `file:line`) when the file is missing or wrong.
 */
export function getFargatePrices(paths: ContentPaths = getContentPaths()): Promise<FargatePrices> {
  if (!cache) return readPrices(paths);
  pricesPromise ??= readPrices(paths);
  return pricesPromise;
}

async function readPrices(paths: ContentPaths): Promise<FargatePrices> {
  const { prices, problems, missing, displayPath } = await loadFargatePrices(paths);
  if (missing) {
    throw new ContentError([
      {
        file: displayPath,
        message: "the Fargate price file is missing",
        hint: "<FargateCostExplorer /> reads its rates from this file; see the README's Prices section",
      },
    ]);
  }
  if (!prices) throw new ContentError(problems);
  return prices;
}
