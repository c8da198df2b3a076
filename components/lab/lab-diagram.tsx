"use client";

import { CircleCheck, CircleX, Hourglass } from "lucide-react";
import { useState } from "react";

import { DiagramLoader } from "@/components/diagram/diagram-loader";
import type { DiagramContent } from "@/lib/diagram/graph";
import type { DiagramSizes } from "@/lib/diagram/layout";
import { accountDiagram, describeAccountDiagram } from "@/lib/lab/diagram";

import { useLab } from "./use-lab";

/** What the lab's diagram needs from the server: the diagram's words and its size when empty. */
export interface LabDiagramData {
  content: DiagramContent;
  sizes: DiagramSizes;
}

/**
 * The live account as the architecture diagram: its tasks appear in their subnets as a service
 * starts them, and change as they run and as the load balancer checks them. React Flow loads
 * through the diagram's own loader, when this first comes into view.
 */
export function LabDiagram({ data }: { data: LabDiagramData }) {
  const lab = useLab((state) => state.lab);
  const fresh = accountDiagram(lab);
  // The clock moves the account on every second: keep the same drawing until what it draws
  // changes (set during render, as React advises for state that follows props).
  const [account, setAccount] = useState(fresh);
  if (JSON.stringify(fresh) !== JSON.stringify(account)) setAccount(fresh);

  return (
    <div className="max-w-5xl">
      <DiagramLoader
        content={data.content}
        sizes={data.sizes}
        initialStep={0}
        initialLaunchType="fargate"
        initialTasks={account.desiredCount}
        account={account}
        placeholder="The diagram of your account loads here (it needs JavaScript). The list view shows the same account in words."
      />
      <p aria-live="polite" className="mt-2 text-sm text-slate-800 dark:text-slate-200">
        {describeAccountDiagram(account)}
      </p>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        A dashed task is starting or stopping (
        <Hourglass aria-hidden="true" className="inline size-3.5 align-[-2px]" />
        ). The load balancer&rsquo;s checks mark a target healthy (
        <CircleCheck
          aria-hidden="true"
          className="inline size-3.5 align-[-2px] text-emerald-700 dark:text-emerald-400"
        />
        , green) or unhealthy (
        <CircleX
          aria-hidden="true"
          className="inline size-3.5 align-[-2px] text-red-700 dark:text-red-400"
        />
        , red). Select a box for its details.
      </p>
    </div>
  );
}
