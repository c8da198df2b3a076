import { Children, isValidElement } from "react";

import { TabsClientLazy } from "./tabs.lazy";

interface TabItemProps {
  value: string;
  label?: string;
  default?: boolean;
  children?: React.ReactNode;
}

/** One tab of `<Tabs>`; see there. */
export function TabItem({ children }: TabItemProps) {
  return <>{children}</>;
}

/**
 * Tabbed alternatives, written as in Docusaurus (the `@theme/` imports may stay):
 *
 * ```mdx
 * <Tabs>
 *   <TabItem value="linux" label="Linux and macOS" default>…</TabItem>
 *   <TabItem value="windows" label="Windows">…</TabItem>
 * </Tabs>
 * ```
 *
 * Tabs are read from each `<TabItem>`'s props, not from their position. Without JavaScript
 * every tab shows, one after another, under its label.
 */
export function Tabs({
  children,
  defaultValue,
}: {
  children?: React.ReactNode;
  defaultValue?: string;
  groupId?: string;
}) {
  const items = Children.toArray(children).filter((child) =>
    isValidElement<TabItemProps>(child),
  ) as React.ReactElement<TabItemProps>[];
  const tabs = items.map((item) => ({
    value: item.props.value,
    label: item.props.label ?? item.props.value,
  }));
  const initial =
    defaultValue ?? items.find((item) => item.props.default)?.props.value ?? tabs[0]?.value;
  return (
    <TabsClientLazy tabs={tabs} initial={initial}>
      {items.map((item) => (
        <div key={item.props.value}>{item.props.children}</div>
      ))}
    </TabsClientLazy>
  );
}
