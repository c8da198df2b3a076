import { IntentLink } from "@/components/ui/intent-link";

import { TableScroller } from "./table.client";

type HeadingProps = React.ComponentProps<"h2">;

function anchored(Tag: "h2" | "h3" | "h4") {
  function Heading({ id, children, ...props }: HeadingProps) {
    return (
      <Tag id={id} {...props}>
        {children}
        {id ? (
          // A pointer convenience (copy the section's link); hidden from assistive technology so
          // the heading's name stays its text. The table of contents links every section.
          <a href={`#${id}`} className="hash-link no-print" aria-hidden="true" tabIndex={-1}>
            #
          </a>
        ) : null}
      </Tag>
    );
  }
  Heading.displayName = `Heading(${Tag})`;
  return Heading;
}

/** Section headings with a `#` link to themselves. */
export const H2 = anchored("h2");
export const H3 = anchored("h3");
export const H4 = anchored("h4");

/** Internal links navigate in the page (IntentLink); the rest stay plain. */
export function Anchor({ href = "", ...props }: React.ComponentProps<"a">) {
  if (href.startsWith("/")) return <IntentLink href={href} {...props} />;
  const external = /^https?:/.test(href);
  return <a href={href} {...(external ? { rel: "noreferrer" } : {})} {...props} />;
}

/** Wide tables scroll sideways inside the page instead of widening it (see TableScroller). */
export function Table(props: React.ComponentProps<"table">) {
  return (
    <TableScroller>
      <table {...props} className="my-0" />
    </TableScroller>
  );
}

/** GFM task-list checkboxes are read-only; give them a name so they are not unlabeled inputs. */
export function Input(props: React.ComponentProps<"input">) {
  if (props.type !== "checkbox") return <input {...props} />;
  return <input {...props} aria-label={props.checked ? "Done" : "To do"} />;
}

/** Images load lazily; authors' width/height are kept so nothing shifts. */
// Lesson images are static files in public/, sized by the author; next/image would need
// their dimensions at build time, which Docusaurus-style Markdown does not give.
export function Image({ alt = "", ...props }: React.ComponentProps<"img">) {
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      alt={alt}
      loading="lazy"
      decoding="async"
      {...props}
      className="mx-auto h-auto max-w-full"
    />
  );
}
