"use client";

import dynamic from "next/dynamic";

/**
 * The calculator's code, in its own chunk: every lesson shares one page module, so anything it
 * imports directly is downloaded by every lesson, not only by the one that shows a calculator.
 * Still rendered on the server, so the page shows it whole before its code arrives.
 */
export const FargateCostExplorerLazy = dynamic(() =>
  import("./fargate-cost-explorer.client").then((m) => m.FargateCostExplorerClient),
);
