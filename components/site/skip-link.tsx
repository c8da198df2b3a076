/** The first stop for keyboard users: jumps past the header to the page's `#main`. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="bg-accent-700 sr-only z-50 rounded-md px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      Skip to content
    </a>
  );
}
