import type { Metadata, Viewport } from "next";

import { ThemeScript } from "@/components/ui/theme-script";

import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  title: { default: "Dockside: containers on AWS", template: "%s · Dockside" },
  description:
    "An interactive course on running containers on AWS: Amazon ECR, Amazon ECS, AWS Fargate and load balancers.",
  openGraph: { siteName: "Dockside", type: "website", locale: "en" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets a class on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen">
        <a
          href="#main"
          className="bg-accent-700 sr-only z-50 rounded-md px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
