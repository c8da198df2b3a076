import { getMDXComponent } from "mdx-bundler/client";

import { mdxComponentRegistry, mdxElementOverrides } from "./registry";

type MdxComponents = Record<string, React.ComponentType<never>>;

/**
 * Renders a lesson's compiled MDX (from lib/course) with the components authors may use, plus
 * `components` (the deck's views add the tags the slides transform writes).
 */
export function MdxContent({ code, components }: { code: string; components?: MdxComponents }) {
  const Content = getMDXComponent(code);
  // MDXContent is a plain function without hooks; calling it keeps the component identity
  // out of render (React would otherwise see a new component type on every render).
  return Content({
    components: { ...mdxElementOverrides, ...mdxComponentRegistry, ...components },
  });
}
