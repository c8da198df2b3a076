import type { Metadata, Viewport } from "next";

import { SkipLink } from "@/components/site/skip-link";
import { siteViewport } from "@/components/site/viewport";
import { ThemeScript } from "@/components/ui/theme-script";

import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  title: { default: "Dockside: containers on AWS", template: "%s · Dockside" },
  description:
    "An interactive course on running containers on AWS: Amazon ECR, Amazon ECS, AWS Fargate and load balancers.",
  openGraph: { siteName: "Dockside", type: "website", locale: "en" },
};

export const viewport: Viewport = siteViewport;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets a class on <html> before React hydrates.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen">
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
