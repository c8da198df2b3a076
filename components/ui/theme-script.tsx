/** localStorage key of the reader's theme choice. If you rename it, update theme-toggle.tsx. */
export const THEME_STORAGE_KEY = "dockside-theme";

// Runs before first paint so the page never flashes the wrong theme. Kept tiny and inline:
// loading it as a file would block rendering for a request.
const script = `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

/** Sets the `dark` class on <html> from the saved choice, or from the system setting. */
export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
