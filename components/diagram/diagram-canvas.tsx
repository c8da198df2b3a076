"use client";

import "@xyflow/react/dist/style.css";

import {
  Background,
  Controls,
  type Edge,
  Handle,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from "@xyflow/react";
import {
  createContext,
  memo,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";

import {
  buildGraph,
  clampCount,
  type DiagramNode,
  type LaunchType,
  MAX_TASKS,
  MIN_TASKS,
  narrateScale,
  parseStep,
  STEPS,
} from "@/lib/diagram/graph";
import { layOutDiagram, type PlacedNode } from "@/lib/diagram/layout";
import type { DiagramSettings } from "@/lib/slides/navigation";

import { DIAGRAM_HEIGHT, SLIDE_DIAGRAM_HEIGHT } from "./diagram-loader";

type BoxData = Pick<PlacedNode, "node" | "active" | "dimmed">;
type BoxNode = Node<BoxData, "box" | "area" | "task">;

/** What a node needs from the diagram; a context, so node data stays plain data. */
const SelectContext = createContext<(id: string) => void>(() => {});

function NodeButton({ node, className }: { node: DiagramNode; className: string }) {
  const select = useContext(SelectContext);
  return (
    <button
      type="button"
      data-node-id={node.id}
      onClick={() => select(node.id)}
      aria-label={`${node.label}: show details`}
      className={`nodrag nopan ${className}`}
    >
      {node.label}
    </button>
  );
}

const SIDES = {
  top: Position.Top,
  right: Position.Right,
  bottom: Position.Bottom,
  left: Position.Left,
};

// A source and a target handle on every side, so each edge can leave and arrive where the
// layout reads best (lib/diagram/layout.ts). Invisible: nobody connects anything by hand here.
const handles = (
  <>
    {Object.entries(SIDES).map(([side, position]) => (
      <span key={side}>
        <Handle
          id={`s-${side}`}
          type="source"
          position={position}
          className="!opacity-0"
          isConnectable={false}
        />
        <Handle
          id={`t-${side}`}
          type="target"
          position={position}
          className="!opacity-0"
          isConnectable={false}
        />
      </span>
    ))}
  </>
);

function stateClasses({ active, dimmed }: BoxData) {
  if (active)
    return "border-accent-600 bg-accent-50 text-accent-900 ring-2 ring-accent-500 dark:border-accent-300 dark:bg-accent-900 dark:text-white";
  if (dimmed)
    return "border-slate-300 bg-white text-slate-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-400";
  return "border-slate-400 bg-white text-slate-900 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100";
}

const BoxNodeView = memo(function BoxNodeView({ data }: NodeProps<BoxNode>) {
  return (
    <div
      data-active={data.active || undefined}
      className={`w-44 rounded-lg border-2 shadow-sm transition-colors ${stateClasses(data)}`}
    >
      {handles}
      <NodeButton
        node={data.node}
        className="block w-full px-3 py-2.5 text-center text-sm font-medium"
      />
    </div>
  );
});

const TaskNodeView = memo(function TaskNodeView({ data, width }: NodeProps<BoxNode>) {
  return (
    <div
      data-active={data.active || undefined}
      data-task=""
      style={{ width }}
      className={`rounded-md border shadow-sm transition-colors ${stateClasses(data)}`}
    >
      {handles}
      <NodeButton
        node={data.node}
        className="block w-full px-2 py-1.5 text-center text-xs font-medium"
      />
    </div>
  );
});

const GroupNodeView = memo(function GroupNodeView({ data, width, height }: NodeProps<BoxNode>) {
  const yours = data.node.label.includes("you manage");
  return (
    <div
      style={{ width, height }}
      data-active={data.active || undefined}
      data-managed-by={yours ? "you" : "aws"}
      className={`rounded-xl border-2 border-dashed transition-colors ${
        yours
          ? "border-amber-600 bg-amber-50/60 dark:border-amber-400 dark:bg-amber-950/40"
          : "border-accent-500 bg-accent-50/50 dark:border-accent-400 dark:bg-accent-900/30"
      } ${data.active ? "ring-accent-500 ring-2" : ""}`}
    >
      {handles}
      <NodeButton
        node={data.node}
        className="w-full rounded-t-xl px-2 py-1.5 text-left text-xs leading-tight font-semibold text-slate-800 dark:text-slate-100"
      />
    </div>
  );
});

// Module scope: React Flow warns when nodeTypes changes between renders.
// ("area", not "group": React Flow styles its built-in group type.)
const nodeTypes = { box: BoxNodeView, task: TaskNodeView, area: GroupNodeView };

/** React Flow's nodes for a laid-out diagram. */
function toFlowNodes(placed: PlacedNode[]): BoxNode[] {
  return placed.map(({ id, kind, node, parentId, position, width, height, active, dimmed }) => ({
    id,
    type: kind,
    position,
    ...(parentId ? { parentId, extent: "parent" as const } : {}),
    ...(width !== undefined ? { width } : {}),
    ...(height !== undefined ? { height } : {}),
    data: { node, active, dimmed },
    // Nodes that are neither draggable nor selectable get pointer-events: none from React
    // Flow; the buttons inside them must stay clickable.
    style: { pointerEvents: "all" },
  }));
}

function usePrefersReducedMotion() {
  const [reduced, setReduced] = useState(
    () => window.matchMedia("(prefers-reduced-motion: reduce)").matches,
  );
  useEffect(() => {
    const media = window.matchMedia("(prefers-reduced-motion: reduce)");
    const onChange = () => setReduced(media.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return reduced;
}

function useDarkMode() {
  const [dark, setDark] = useState(() => document.documentElement.classList.contains("dark"));
  useEffect(() => {
    const observer = new MutationObserver(() =>
      setDark(document.documentElement.classList.contains("dark")),
    );
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    return () => observer.disconnect();
  }, []);
  return dark;
}

/** "Step 2 of 5, <title>: <narration>" for a workflow step; undefined for the overview (step 0). */
function describeStep(step: number): string | undefined {
  const target = STEPS[step - 1];
  return target
    ? `Step ${step} of ${STEPS.length}, ${target.title}: ${target.narration}`
    : undefined;
}

/** The interactive diagram: steps, launch type, desired count, node details. */
export function DiagramCanvas({
  initialStep,
  initialLaunchType,
  initialTasks,
  control,
}: {
  initialStep: number;
  initialLaunchType: LaunchType;
  initialTasks: number;
  /**
   * On a slide, the deck owns the step (it is in the deck's URL and synced between windows) and
   * shares the launch type and task count between its windows.
   */
  control?: {
    step: number;
    onStep: (step: number) => void;
    settings?: DiagramSettings;
    onSettings?: (settings: DiagramSettings) => void;
  };
}) {
  const [ownStep, setStep] = useState(() => {
    const fromUrl = parseStep(new URLSearchParams(window.location.search).get("step"));
    return fromUrl || parseStep(String(initialStep));
  });
  const step = control ? control.step : ownStep;
  const [ownLaunchType, setLaunchType] = useState<LaunchType>(initialLaunchType);
  const [ownCount, setCount] = useState(() => clampCount(initialTasks));
  const launchType = control?.settings?.launchType ?? ownLaunchType;
  const count = control?.settings ? clampCount(control.settings.tasks) : ownCount;
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Each new step is said aloud, whether the diagram's buttons and keys or the deck moved it.
  const spoken = useRef(step);
  useEffect(() => {
    if (spoken.current === step) return;
    spoken.current = step;
    setAnnouncement(describeStep(step) ?? "Overview");
  }, [step]);
  const reducedMotion = usePrefersReducedMotion();
  const dark = useDarkMode();
  const closeButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<string | null>(null);

  const graph = useMemo(() => buildGraph({ launchType, desiredCount: count }), [launchType, count]);
  const layout = useMemo(() => layOutDiagram(graph, step), [graph, step]);
  const nodes = useMemo(() => toFlowNodes(layout.nodes), [layout]);
  const edges: Edge[] = useMemo(
    () =>
      layout.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        sourceHandle: `s-${edge.sourceSide}`,
        targetHandle: `t-${edge.targetSide}`,
        type: "smoothstep",
        label: edge.label,
        animated: edge.active && !reducedMotion,
        className: edge.active ? "diagram-edge-active" : undefined,
        style: { strokeWidth: edge.active ? 2.5 : 1.25, opacity: edge.faded ? 0.35 : 1 },
        labelStyle: { fontSize: 11 },
      })),
    [layout, reducedMotion],
  );

  const caption =
    describeStep(step) ??
    `Overview: press Next, or the → key, to follow the workflow in ${STEPS.length} steps.`;

  const goTo = useCallback(
    (next: number) => {
      const clamped = Math.max(0, Math.min(STEPS.length, next));
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
    [control],
  );

  const select = useCallback((id: string) => {
    returnFocusTo.current = id;
    setSelected(id);
  }, []);

  const close = useCallback(() => {
    setSelected(null);
    const id = returnFocusTo.current;
    requestAnimationFrame(() => {
      document.querySelector<HTMLButtonElement>(`[data-node-id="${id}"]`)?.focus();
    });
  }, []);

  useEffect(() => {
    if (selected) closeButton.current?.focus();
  }, [selected]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Escape" && selected) {
      event.preventDefault();
      close();
      return;
    }
    const target = event.target as HTMLElement;
    // On a slide the deck's own keys walk the steps, and move on past the last one.
    if (control || target.closest("input, select, textarea")) return;
    if (event.key === "ArrowRight") {
      event.preventDefault();
      goTo(step + 1);
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      goTo(step - 1);
    }
  };

  const changeLaunchType = (next: LaunchType) => {
    setLaunchType(next);
    control?.onSettings?.({ launchType: next, tasks: count });
    setSelected(null);
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

  // The node whose details are open can disappear when another window of the deck switches to
  // Fargate or lowers the count: its details close (set during render, as React advises for
  // state that follows props), and focus, left on the page when they went, returns to the
  // diagram.
  const frame = useRef<HTMLDivElement>(null);
  if (selected !== null && !graph.nodes.some((node) => node.id === selected)) setSelected(null);
  const lastSelected = useRef(selected);
  useEffect(() => {
    const was = lastSelected.current;
    lastSelected.current = selected;
    // Closed by the learner: close() returns focus to the node itself.
    if (was === null || selected !== null || graph.nodes.some((node) => node.id === was)) return;
    if (document.activeElement === document.body || document.activeElement === null) {
      frame.current?.querySelector<HTMLElement>('[data-launch-type][aria-pressed="true"]')?.focus();
    }
  }, [selected, graph]);

  const details = selected ? graph.nodes.find((n) => n.id === selected) : undefined;
  const button =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700";

  return (
    <SelectContext.Provider value={select}>
      <div
        ref={frame}
        role="group"
        aria-label="Architecture diagram"
        onKeyDown={onKeyDown}
        className={`${control ? SLIDE_DIAGRAM_HEIGHT : DIAGRAM_HEIGHT} relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950`}
      >
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 px-3 py-2 dark:border-slate-700">
          <div className="flex items-center gap-2">
            <button
              type="button"
              className={button}
              onClick={() => goTo(step - 1)}
              disabled={step === 0}
            >
              ← Previous
            </button>
            <button
              type="button"
              className={button}
              onClick={() => goTo(step + 1)}
              disabled={step === STEPS.length}
            >
              Next →
            </button>
          </div>
          <div role="group" aria-label="Launch type" className="flex items-center gap-1 text-sm">
            {(["fargate", "ec2"] as const).map((type) => (
              <button
                key={type}
                type="button"
                data-launch-type={type}
                aria-pressed={launchType === type}
                onClick={() => changeLaunchType(type)}
                className={`rounded-md px-2.5 py-1.5 font-medium ${
                  launchType === type
                    ? "bg-accent-700 dark:bg-accent-400 text-white dark:text-slate-950"
                    : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
                }`}
              >
                {type === "fargate" ? "Fargate" : "EC2"}
              </button>
            ))}
          </div>
          <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            Desired tasks
            <input
              type="range"
              min={MIN_TASKS}
              max={MAX_TASKS}
              value={count}
              onChange={(event) => changeCount(Number(event.target.value))}
              className="accent-accent-600 w-24"
            />
            <output className="w-5 font-semibold tabular-nums">{count}</output>
          </label>
        </div>

        <div className="relative min-h-0 flex-1">
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            colorMode={dark ? "dark" : "light"}
            fitView
            fitViewOptions={{ padding: 0.08 }}
            minZoom={0.15}
            maxZoom={2}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            panOnScroll={false}
            zoomOnScroll={false}
            preventScrolling={false}
            aria-label="Diagram canvas"
          >
            <Background gap={24} size={1} />
            <Controls showInteractive={false} position="bottom-left" />
          </ReactFlow>

          {details ? (
            <section
              role="dialog"
              aria-modal="false"
              aria-labelledby="diagram-details-title"
              className="absolute inset-y-2 right-2 z-10 w-72 max-w-[calc(100%-1rem)] overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
            >
              <div className="flex items-start justify-between gap-2">
                <h3
                  id="diagram-details-title"
                  className="font-semibold text-slate-900 dark:text-white"
                >
                  {details.label}
                </h3>
                <button
                  ref={closeButton}
                  type="button"
                  onClick={close}
                  aria-label="Close details"
                  className="rounded px-1.5 text-lg leading-none text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800"
                >
                  ×
                </button>
              </div>
              <p className="mt-2 text-slate-700 dark:text-slate-300">{details.explanation}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
                {details.facts.map((fact) => (
                  <li key={fact}>{fact}</li>
                ))}
              </ul>
              <a
                href={details.link}
                className="text-accent-700 dark:text-accent-300 mt-3 inline-block font-medium underline"
              >
                Read more in the lesson
              </a>
            </section>
          ) : null}
        </div>

        <p
          data-testid="diagram-caption"
          className="min-h-[4.5rem] border-t border-slate-200 px-3 py-2 text-sm text-slate-800 dark:border-slate-700 dark:text-slate-200"
        >
          {caption}
          <span className="block text-slate-600 dark:text-slate-400">
            {launchType === "fargate"
              ? "Fargate: AWS runs the servers; you choose CPU and memory per task."
              : "EC2: you run the instances that host the tasks, and keep them patched and scaled."}
          </span>
        </p>
        <p aria-live="polite" className="sr-only" data-testid="diagram-announcement">
          {announcement}
        </p>
      </div>
    </SelectContext.Provider>
  );
}
