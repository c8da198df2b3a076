import { availableParallelism } from "node:os";

const dev = process.env.NODE_ENV === "development";

// Every page is static HTML with Next's inline bootstrap scripts, so scripts need
// 'unsafe-inline' (static pages cannot carry a per-request nonce). No 'unsafe-eval' outside
// development: nothing in the production bundle evaluates strings. 'wasm-unsafe-eval' lets
// search compile Pagefind's WebAssembly, and nothing else.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? " ws:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
  // The presenter and audience windows are same-origin, so they keep talking to each other.
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    value:
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), fullscreen=(self), clipboard-write=(self)",
  },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The content pipeline runs esbuild (a native binary) and shiki at build time only;
  // keep them out of the server bundle so Next loads them from node_modules as they are.
  serverExternalPackages: ["mdx-bundler", "esbuild", "shiki", "rehype-pretty-code"],
  // The benchmark builds synthetic courses into their own folders (scripts/bench.ts).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  experimental: {
    // app/global-not-found.tsx: the 404 page is a document of its own, not part of every page.
    globalNotFound: true,
    // Prerendering workers. Next's default is one fewer than the cores, a single worker on a
    // 2-core machine, which leaves a core idle while the build prerenders every page.
    cpus: Math.max(2, availableParallelism() - 1),
  },
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
