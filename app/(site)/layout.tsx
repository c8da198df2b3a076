import { SectionsScript } from "@/components/lesson/sections-script";
import { ProgressNotice } from "@/components/progress/progress-notice";
import { SiteHeader } from "@/components/site/site-header";

/**
 * Pages of the course site: the header on top, the storage notice when progress cannot be saved.
 * The lesson sections' layout script follows the page, so a lesson's sections exist when it
 * runs; here in the layout, it comes with the first page loaded and is not created again on
 * each move between lessons (React does not run scripts it creates, and says so in development).
 */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      {children}
      <SectionsScript />
      <ProgressNotice />
    </>
  );
}
