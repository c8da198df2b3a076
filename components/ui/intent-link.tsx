"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A site link that fetches its page once the reader shows they may follow it: the pointer on
 * it, a finger down on it, keyboard focus on it. next/link's default fetches every link as soon
 * as it scrolls into view, which on a lesson page meant a dozen IntersectionObserver entries set
 * up during hydration and a burst of page data fetched and parsed right after it, all of it on
 * the main thread while the page was starting, for links few readers follow (issue 6). The
 * intent comes 100-300 ms before the click, which is most of what a prefetch saves here: every
 * page is static. This includes the header's Quiz and Progress, client apps (~25 KB gzip of JS,
 * ~35 KB of page data) that were never fetched ahead before: only on intent, a likely click, are
 * they worth it. next/link itself also fetches on a finger down; focus is our addition, for
 * keyboard readers.
 */
export function IntentLink({ href, onMouseEnter, onTouchStart, onFocus, ...props }: Props) {
  const router = useRouter();
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(event);
        router.prefetch(href);
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        router.prefetch(href);
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        router.prefetch(href);
      }}
    />
  );
}
