import { SearchButton } from "@/components/search/search-button";
import { IntentLink } from "@/components/ui/intent-link";
import { ThemeToggle } from "@/components/ui/theme-toggle";

import { HeaderBar } from "./header-bar";

/** The bar at the top of every course page: the course name, search, main links, the theme switch. */
export function SiteHeader() {
  return <HeaderBar link={IntentLink} search={<SearchButton />} end={<ThemeToggle />} />;
}
