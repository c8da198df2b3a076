"use client";

import dynamic from "next/dynamic";

/**
 * The tabs' code, in its own chunk, fetched only by lessons that have tabs (every lesson shares
 * one page module; see fargate-cost-explorer.lazy.tsx). Rendered on the server like the rest.
 */
export const TabsClientLazy = dynamic(() => import("./tabs.client").then((m) => m.TabsClient));
