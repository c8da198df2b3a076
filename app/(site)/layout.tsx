import { ProgressNotice } from "@/components/progress/progress-notice";
import { SiteHeader } from "@/components/site/site-header";

/** Pages of the course site: the header on top, the storage notice when progress cannot be saved. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      {children}
      <ProgressNotice />
    </>
  );
}
