"use client";

import dynamic from "next/dynamic";

/**
 * The lab's card and drawer, in their own chunk, fetched only by the lesson that has a lab
 * (every lesson shares one page module; see fargate-cost-explorer.lazy.tsx). Still rendered on
 * the server, so the card is in the page before its code arrives.
 */
export const LabClientLazy = dynamic(() => import("./lab.client").then((m) => m.LabClient));
