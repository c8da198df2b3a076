import type { Metadata, Viewport } from "next";

import { siteIcons } from "@/components/site/icon";
import { SiteDocument } from "@/components/site/site-document";
import { siteViewport } from "@/components/site/viewport";

import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.SITE_URL ?? "http://localhost:3000"),
  title: { default: "Dockside: containers on AWS", template: "%s · Dockside" },
  description:
    "An interactive course on running containers on AWS: Amazon ECR, Amazon ECS, AWS Fargate and load balancers.",
  openGraph: { siteName: "Dockside", type: "website", locale: "en" },
  icons: siteIcons,
};

export const viewport: Viewport = siteViewport;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument>{children}</SiteDocument>;
}
