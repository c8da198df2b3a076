import { getMDXComponent } from "mdx-bundler/client";

import { mdxComponentRegistry, mdxElementOverrides } from "./registry";

/** Renders a lesson's compiled MDX (from lib/content) with the components authors may use. */
export function MdxContent({ code }: { code: string }) {
  const Content = getMDXComponent(code);
  // MDXContent is a plain function without hooks; calling it keeps the component identity
  // out of render (React would otherwise see a new component type on every render).
  return Content({ components: { ...mdxElementOverrides, ...mdxComponentRegistry } });
}
