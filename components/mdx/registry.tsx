import type { MdxComponentName } from "@/lib/content/components";

import { FargateCostExplorer } from "@/components/cost/fargate-cost-explorer";
import { ArchitectureDiagram } from "@/components/diagram";
import { Lab } from "@/components/lab/lab";

import { Admonition } from "./admonition";
import { ReaderOnly, SlideOnly } from "./audience";
import { CodeBlock } from "./code-block";
import { Anchor, H2, H3, H4, Image, Input, Table } from "./elements";
import { Notes } from "./notes";
import { Reveal } from "./reveal";
import { TabItem, Tabs } from "./tabs";

/**
 * What authors may use in MDX, by tag name. Keep sorted, and keep in step with
 * `MDX_COMPONENT_NAMES` in lib/content/components.ts (the loader rejects other tags).
 */
export const mdxComponentRegistry = {
  Admonition,
  ArchitectureDiagram,
  FargateCostExplorer,
  Lab,
  Notes,
  ReaderOnly,
  Reveal,
  SlideOnly,
  TabItem,
  Tabs,
} satisfies Record<MdxComponentName, React.ComponentType<never>>;

/** Markdown elements rendered by our own components. */
export const mdxElementOverrides = {
  a: Anchor,
  h2: H2,
  h3: H3,
  h4: H4,
  img: Image,
  input: Input,
  pre: CodeBlock,
  table: Table,
};
