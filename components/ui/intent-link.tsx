"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

type Props = Omit<ComponentProps<typeof Link>, "href" | "prefetch"> & { href: string };

/**
 * A site link that fetches its page once the reader shows they may follow it: the pointer on
 * it, a finger down on it, keyboard focus on it. next/link's default fetches every link as soon
 * as it scrolls into view, which on a lesson page means many observers set up during hydration
 * and a burst of page data fetched and parsed right after it, on the main thread while the page
 * starts, for links few readers follow. The intent comes a little before the click, which is
 * most of what a prefetch saves on a static site.
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
