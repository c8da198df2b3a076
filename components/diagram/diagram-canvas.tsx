"use client";

import "@xyflow/react/dist/style.css";

import { Background, ReactFlow, type ReactFlowInstance } from "@xyflow/react";
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from "react";

import {
  activeElements,
  buildGraph,
  type DiagramContent,
  type GraphOptions,
  type LaunchType,
  walkElements,
} from "@/lib/diagram/graph";
import { chooseShape, FONT, layOutDiagram } from "@/lib/diagram/layout";

import { DiagramControls, ZoomControls } from "./diagram-controls";
import { edgeTypes, type RoutedEdge } from "./diagram-edge";
import { type BoxNode, DiagramNodeContext, nodeTypes, toFlowNodes } from "./diagram-nodes";
import { DiagramPanel } from "./diagram-panel";
import { type DeckControl, describeStep, useDiagramState } from "./use-diagram-state";

/** A lesson's diagram is never drawn larger than this, however wide its column. */
const MAX_ZOOM = 1.25;
const FIT = { padding: 0.02 };

/** Whether a media query matches, following it as it changes. */
function useMediaQuery(query: string) {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const media = window.matchMedia(query);
    const onChange = () => setMatches(media.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [query]);
  return matches;
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

/** The width of an element, in its own CSS pixels, kept up to date. */
function useWidth(ref: React.RefObject<HTMLElement | null>) {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * The interactive diagram: steps, flows, launch type, desired count, node details. Drawing the
 * lab's account it shows what the account holds and each node's details, with none of the
 * lesson's controls (the account sets the launch type and the tasks). On a slide
 * it fills the room the slide gives it; on a page it is as tall as its drawing at the width of
 * the column, so labels keep their size. A static copy draws the same picture with nothing to
 * press.
 */
export function DiagramCanvas({
  content,
  initialStep,
  initialLaunchType,
  initialTasks,
  control,
  inSlide,
  interactive = true,
  account,
}: {
  content: DiagramContent;
  initialStep: number;
  initialLaunchType: LaunchType;
  initialTasks: number;
  control?: DeckControl | undefined;
  inSlide: boolean;
  interactive?: boolean;
  /**
   * The lab's account (lib/lab/diagram.ts `accountDiagram`): its tasks, their states and
   * health, in place of the launch type and desired count a student sets, and of the steps.
   */
  account?: GraphOptions | undefined;
}) {
  const state = useDiagramState({
    content,
    initialStep,
    initialLaunchType,
    initialTasks,
    control,
  });
  const live = account !== undefined;
  const { launchType, count } = state;
  // A `?step=` in the lab's page URL, meant for a lesson's diagram, lights nothing here.
  const step = live ? 0 : state.step;
  const flow = live ? null : state.flow;
  const [selected, setSelected] = useState<string | null>(null);
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const dark = useDarkMode();
  // A finger as the main pointer: one-finger drags then scroll the page.
  const coarse = useMediaQuery("(pointer: coarse)");
  // On a touch screen a swipe over the drawing scrolls the page, as everywhere else on it;
  // dragging the drawing takes the Move button.
  const [handPan, setHandPan] = useState(false);
  const panOnDrag = !coarse || handPan;
  const closeButton = useRef<HTMLButtonElement>(null);
  const returnFocusTo = useRef<string | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const width = useWidth(frame);
  // React Flow names its SVG patterns and ARIA descriptions after this: unique per diagram, as
  // a presenter view shows the same slide twice.
  const flowId = `diagram-${useId().replace(/[^a-zA-Z0-9-]/g, "")}`;
  // The lab's drawer is wide and low: where it is wide enough, the account is drawn as a slide is.
  const shape = chooseShape(width || 800, inSlide || (live && width >= 900));

  const graph = useMemo(
    () => buildGraph(content, account ?? { launchType, desiredCount: count }),
    [content, account, launchType, count],
  );
  const layout = useMemo(() => {
    const chosen = content.flows.find((f) => f.id === flow);
    const lit = chosen
      ? walkElements(chosen, graph)
      : step > 0
        ? activeElements(content, step, graph)
        : null;
    return layOutDiagram(graph, lit, shape);
  }, [content, graph, step, flow, shape]);
  const font = FONT[shape];
  const nodes: BoxNode[] = useMemo(() => toFlowNodes(layout.nodes, font), [layout, font]);
  const edges: RoutedEdge[] = useMemo(
    () =>
      layout.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        sourceHandle: `s-${edge.sourceSide}`,
        targetHandle: `t-${edge.targetSide}`,
        // Along the route the layout worked out round the other boxes.
        type: "routed" as const,
        data: { points: edge.points, ...(edge.labelBox ? { labelBox: edge.labelBox } : {}) },
        // Labels only on the lines of the step or flow shown: a label on every line would
        // cover the boxes.
        ...(edge.label && edge.active ? { label: edge.label } : {}),
        animated: edge.active && !reducedMotion,
        className: edge.active ? "diagram-edge-active" : undefined,
        zIndex: 500,
        style: {
          strokeWidth: edge.active ? 3 : 1.5,
          opacity: edge.faded ? 0.25 : 1,
          ...(edge.active ? { stroke: "var(--diagram-active, #0d9488)" } : {}),
        },
        labelStyle: { fontSize: font, fontWeight: 500 },
        labelBgPadding: [4, 2] as [number, number],
      })),
    [layout, reducedMotion, font],
  );

  // Fit the drawing whenever its shape or size changes (a new task, EC2, a narrower window).
  const flowInstance = useRef<ReactFlowInstance<BoxNode, RoutedEdge> | null>(null);
  const fit = useCallback(() => {
    void flowInstance.current?.fitView(FIT);
  }, []);
  useEffect(() => {
    const id = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(id);
  }, [layout.width, layout.height, width, fit]);
  // …and once React Flow has measured its box anew: a frame after a new size can be too soon
  // for it (the lab's diagram grows while its tab is hidden, and is fitted when shown).
  const flowBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = flowBox.current;
    if (!element) return;
    let id = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(id);
      id = requestAnimationFrame(fit);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(id);
    };
  }, [fit]);

  const select = useCallback((id: string) => {
    returnFocusTo.current = id;
    setSelected(id);
  }, []);
  const nodeContext = useMemo(() => ({ select, interactive }), [select, interactive]);

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
    if (control || live || target.closest("input, select, textarea")) return;
    if (event.key === "ArrowRight") {
      event.preventDefault();
      state.goTo(step + 1);
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      state.goTo(step - 1);
    }
  };

  // The node whose details are open can disappear when another window of the deck switches to
  // Fargate or lowers the count: its details close (set during render, as React advises for
  // state that follows props), and focus, left on the page when they went, returns to the
  // diagram.
  if (selected !== null && !graph.nodes.some((node) => node.id === selected)) setSelected(null);
  const lastSelected = useRef(selected);
  useEffect(() => {
    const was = lastSelected.current;
    lastSelected.current = selected;
    if (was === null || selected !== null || graph.nodes.some((node) => node.id === was)) return;
    if (document.activeElement === document.body || document.activeElement === null) {
      frame.current?.querySelector<HTMLElement>('[data-launch-type][aria-pressed="true"]')?.focus();
    }
  }, [selected, graph]);

  const details = selected ? graph.nodes.find((n) => n.id === selected) : undefined;
  const chosenFlow = content.flows.find((f) => f.id === flow);
  const caption =
    (chosenFlow ? `${chosenFlow.title}: ${chosenFlow.narration}` : undefined) ??
    describeStep(content, step) ??
    `Overview: press Next, or the → key, to follow the workflow in ${content.steps.length} steps.`;
  // On a page the drawing sets the height: its width fills the column, up to MAX_ZOOM.
  const zoom = Math.min(MAX_ZOOM, (width || layout.width) / layout.width);
  const flowHeight = inSlide ? undefined : Math.ceil(layout.height * zoom * 1.04);

  return (
    <DiagramNodeContext.Provider value={nodeContext}>
      <div
        ref={frame}
        role="group"
        aria-label={live ? "Architecture diagram of the lab account" : "Architecture diagram"}
        onKeyDown={onKeyDown}
        data-shape={shape}
        className={`${inSlide ? "h-full" : ""} relative flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950 print:overflow-visible`}
      >
        {interactive && !live ? (
          <DiagramControls
            step={step}
            stepCount={content.steps.length}
            onStep={state.goTo}
            flows={content.flows}
            flow={flow}
            onFlow={state.chooseFlow}
            launchType={launchType}
            onLaunchType={(next) => {
              state.changeLaunchType(next);
              setSelected(null);
            }}
            count={count}
            onCount={state.changeCount}
          />
        ) : null}

        <div
          ref={flowBox}
          data-pan={panOnDrag ? "drag" : "scroll"}
          className={`diagram-flow relative ${inSlide ? "min-h-0 flex-1" : ""}`}
          style={flowHeight ? { height: flowHeight } : undefined}
          data-testid="diagram-flow"
        >
          <ReactFlow
            id={flowId}
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            colorMode={dark ? "dark" : "light"}
            onInit={(instance) => {
              flowInstance.current = instance;
              fit();
            }}
            fitView
            fitViewOptions={FIT}
            minZoom={0.2}
            maxZoom={2.5}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            panOnDrag={panOnDrag}
            zoomOnPinch={panOnDrag}
            panOnScroll={false}
            zoomOnScroll={false}
            zoomOnDoubleClick={false}
            preventScrolling={false}
            proOptions={{ hideAttribution: true }}
            aria-label="Diagram canvas"
          >
            <Background gap={24} size={1} />
          </ReactFlow>
          {/* Drawn landscape (the lab's wide drawer), the drawing is readable as it is, and the
              buttons would cover its bottom corner. */}
          {interactive && !inSlide && shape !== "landscape" ? (
            <ZoomControls
              onZoomIn={() => void flowInstance.current?.zoomIn()}
              onZoomOut={() => void flowInstance.current?.zoomOut()}
              onFit={fit}
              {...(coarse ? { moving: handPan, onMove: () => setHandPan((on) => !on) } : {})}
            />
          ) : null}

          {details ? (
            <DiagramPanel details={details} onClose={close} closeButton={closeButton} />
          ) : null}
        </div>

        {interactive && !live ? (
          <p
            data-testid="diagram-caption"
            className={`border-t border-slate-200 px-3 py-2 text-sm text-slate-800 dark:border-slate-700 dark:text-slate-200 ${inSlide ? "" : "min-h-[4.5rem]"}`}
          >
            {caption}
            {inSlide ? null : (
              <span className="block text-slate-600 dark:text-slate-400">
                {launchType === "fargate"
                  ? "Fargate: AWS runs the servers; you choose CPU and memory per task."
                  : "EC2: you run the instances that host the tasks, and keep them patched and scaled."}
              </span>
            )}
          </p>
        ) : null}
        <p aria-live="polite" className="sr-only" data-testid="diagram-announcement">
          {state.announcement}
        </p>
      </div>
    </DiagramNodeContext.Provider>
  );
}
