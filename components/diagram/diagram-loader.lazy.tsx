"use client";

import dynamic from "next/dynamic";

/**
 * The diagram's placeholder and loader, in their own chunk, fetched only by pages that show a
 * diagram (every lesson shares one page module; see fargate-cost-explorer.lazy.tsx). Still
 * rendered on the server, so the placeholder is in the page before any code arrives.
 */
export const DiagramLoaderLazy = dynamic(() =>
  import("./diagram-loader").then((m) => m.DiagramLoader),
);
