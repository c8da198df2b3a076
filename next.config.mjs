/** @type {import('next').NextConfig} */
const nextConfig = {
  // The content pipeline runs esbuild (a native binary) and shiki at build time only;
  // keep them out of the server bundle so Next loads them from node_modules as they are.
  serverExternalPackages: ["mdx-bundler", "esbuild", "shiki", "rehype-pretty-code"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
