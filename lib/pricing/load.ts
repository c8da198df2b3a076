import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

import type { ContentProblem } from "../content/errors";
import { parseYamlWith } from "../content/frontmatter";
import { type FargatePrices, toFargatePrices } from "./model";
import { fargatePriceFileSchema } from "./schema";

/**
 * Where the price file lives, inside the content folder. The `_` keeps the lesson loader out of
 * it. If you move it, update the README's "Prices" section.
 */
export const FARGATE_PRICE_FILE = path.join("_data", "fargate-prices.yaml");

export interface PriceLoadOptions {
  contentDir: string;
  /** Paths in messages are relative to this folder. */
  rootDir: string;
}

/**
 * Reads and validates the Fargate price file. Returns the prices, or every problem as
 * `file:line: what is wrong`; `missing` is true (with no problems) when there is no file, which
 * is a problem only for a lesson that shows prices.
 */
export async function loadFargatePrices(options: PriceLoadOptions): Promise<{
  prices?: FargatePrices;
  problems: ContentProblem[];
  missing: boolean;
  displayPath: string;
}> {
  const file = path.join(options.contentDir, FARGATE_PRICE_FILE);
  const displayPath = path.relative(options.rootDir, file).split(path.sep).join("/");
  if (!existsSync(file)) return { problems: [], missing: true, displayPath };
  const text = await readFile(file, "utf8");
  const { data, problems } = parseYamlWith(fargatePriceFileSchema, text, displayPath, 1, "prices");
  return {
    ...(data ? { prices: toFargatePrices(data) } : {}),
    problems,
    missing: false,
    displayPath,
  };
}
