import { availableParallelism } from "node:os";

// `next build` writes a static export (`out/`, or NEXT_DIST_DIR): plain files that nginx, a CDN
// or any web server can serve. The security headers and caching ship beside it as server
// configuration (deploy/nginx/, docs/deploy.md). NEXT_OUTPUT=server builds for `next start`
// instead, which the benchmark serves side by side with the export.
const server = process.env.NEXT_OUTPUT === "server";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The content pipeline runs esbuild (a native binary) and shiki at build time only;
  // keep them out of the server bundle so Next loads them from node_modules as they are.
  serverExternalPackages: ["mdx-bundler", "esbuild", "shiki", "rehype-pretty-code"],
  output: server ? undefined : "export",
  // The benchmark builds synthetic courses into their own folders (scripts/bench.ts). With a
  // static export, a custom distDir is where the exported files go.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `npm test` runs tsc over the whole project (tests and scripts too) before it builds; the
  // build's own pass over the app would only repeat it.
  typescript: { ignoreBuildErrors: true },
  // Each page is a folder with an index.html (lessons/a/index.html at /lessons/a/), which any
  // static server and S3 serve as they are; /lessons/a.html would need a rewrite rule.
  trailingSlash: true,
  experimental: {
    // app/global-not-found.tsx: the 404 page is a document of its own, not part of every page.
    globalNotFound: true,
    // Prerendering workers. Next's default is one fewer than the cores, a single worker on a
    // 2-core machine, which leaves a core idle while the build prerenders every page.
    cpus: Math.max(2, availableParallelism() - 1),
  },
  reactStrictMode: true,
};

export default nextConfig;
