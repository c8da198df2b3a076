/**
 * The MDX components an author may use, by tag name. The loader rejects any other capitalised
 * tag with `file:line`. Keep sorted; each name must have a component of the same key in
 * `components/mdx/registry.tsx` (its `satisfies` clause makes the type checker enforce that).
 */
export const MDX_COMPONENT_NAMES = [
  "Admonition",
  "ArchitectureDiagram",
  "FargateCostExplorer",
  "Lab",
  "Notes",
  "ReaderOnly",
  "Reveal",
  "SlideOnly",
  "TabItem",
  "Tabs",
] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/**
 * Docusaurus theme components a lesson may import as written for Docusaurus
 * (`import Tabs from '@theme/Tabs';`). The import is dropped and our component of the same
 * name is used.
 */
export const DOCUSAURUS_THEME_COMPONENTS = ["Admonition", "TabItem", "Tabs"] as const;

/** Docusaurus admonition kinds, as written after `:::`. */
export const ADMONITION_TYPES = ["note", "tip", "info", "warning", "danger", "caution"] as const;
export type AdmonitionType = (typeof ADMONITION_TYPES)[number];

/** Routes that exist besides lessons; links to them from a lesson are valid. */
export const STATIC_ROUTES = ["/", "/quiz", "/progress"] as const;
