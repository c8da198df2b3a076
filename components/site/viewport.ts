import type { Viewport } from "next";

/** The browser's UI colour, light or dark with the system: for every document of the site. */
export const siteViewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};
