"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import {
  clampCount,
  type DiagramContent,
  type LaunchType,
  narrateScale,
  parseStep,
} from "@/lib/diagram/graph";
import type { DiagramSettings } from "@/lib/slides/navigation";

/** On a slide, the deck owns the step and shares launch type and count between its windows. */
export interface DeckControl {
  step: number;
  onStep: (step: number) => void;
  settings?: DiagramSettings;
  onSettings?: (settings: DiagramSettings) => void;
}

/** "Step 2 of 5, <title>: <narration>" for a workflow step; undefined for the overview (step 0). */
export function describeStep(content: DiagramContent, step: number): string | undefined {
  const target = content.steps[step - 1];
  return target
    ? `Step ${step} of ${content.steps.length}, ${target.title}: ${target.narration}`
    : undefined;
}

/**
 * The diagram's state: the step (in the page's URL, or the deck's), the flow lit on demand,
 * launch type and desired count, and what the live region says when any of them changes.
 */
export function useDiagramState({
  content,
  initialStep,
  initialLaunchType,
  initialTasks,
  control,
}: {
  content: DiagramContent;
  initialStep: number;
  initialLaunchType: LaunchType;
  initialTasks: number;
  control?: DeckControl | undefined;
}) {
  const stepCount = content.steps.length;
  const [ownStep, setStep] = useState(() => {
    const fromUrl = parseStep(new URLSearchParams(window.location.search).get("step"), stepCount);
    return fromUrl || parseStep(String(initialStep), stepCount);
  });
  const step = control ? control.step : ownStep;
  const [ownLaunchType, setLaunchType] = useState<LaunchType>(initialLaunchType);
  const [ownCount, setCount] = useState(() => clampCount(initialTasks));
  const launchType = control?.settings?.launchType ?? ownLaunchType;
  const count = control?.settings ? clampCount(control.settings.tasks) : ownCount;
  const [flow, setFlow] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  // Each new step is said aloud, whether the diagram's buttons and keys or the deck moved it.
  const spoken = useRef(step);
  useEffect(() => {
    if (spoken.current === step) return;
    spoken.current = step;
    setAnnouncement(describeStep(content, step) ?? "Overview");
  }, [step, content]);

  const goTo = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(stepCount, next));
      setFlow(null);
      if (control) {
        // The deck keeps the step in its own URL and shares it with the other windows.
        control.onStep(clamped);
        return;
      }
      setStep(clamped);
      const url = new URL(window.location.href);
      if (clamped > 0) url.searchParams.set("step", String(clamped));
      else url.searchParams.delete("step");
      window.history.replaceState(window.history.state, "", url);
    },
    [control, stepCount],
  );

  const chooseFlow = useCallback(
    (id: string | null) => {
      setFlow(id);
      const chosen = content.flows.find((f) => f.id === id);
      setAnnouncement(chosen ? `${chosen.title}: ${chosen.narration}` : "Path cleared");
    },
    [content],
  );

  const changeLaunchType = (next: LaunchType) => {
    setLaunchType(next);
    control?.onSettings?.({ launchType: next, tasks: count });
  };

  const changeCount = (next: number) => {
    const value = clampCount(next);
    setCount(value);
    control?.onSettings?.({ launchType, tasks: value });
  };

  // Each change of launch type or task count is said aloud, whether this window made it or
  // another window of the deck (presenter and audience share them).
  const heard = useRef({ launchType, count });
  useEffect(() => {
    const before = heard.current;
    heard.current = { launchType, count };
    if (before.launchType !== launchType) {
      setAnnouncement(
        launchType === "ec2"
          ? "EC2 launch type: the container instances that run your tasks appear; you manage them."
          : "Fargate launch type: the instances disappear; AWS manages the servers that run your tasks.",
      );
    } else if (before.count !== count) {
      setAnnouncement(narrateScale(count, launchType));
    }
  }, [launchType, count]);

  return {
    step,
    goTo,
    flow,
    chooseFlow,
    launchType,
    changeLaunchType,
    count,
    changeCount,
    announcement,
  };
}
