import type { AccountMap, MapItem } from "@/lib/lab/topology";
import type { ResourceSummary } from "@/lib/lab/types";

const TONE: Record<ResourceSummary["tone"], string> = {
  ok: "border-emerald-600 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100",
  busy: "border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100",
  bad: "border-red-600 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100",
  idle: "border-slate-400 bg-slate-50 text-slate-800 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-200",
};

const KIND: Record<MapItem["kind"], string> = {
  "load-balancer": "Load balancer",
  task: "Task",
  "nat-gateway": "NAT",
  endpoint: "Endpoint",
};

function Item({ item }: { item: MapItem }) {
  return (
    <li className={`rounded-md border-l-4 px-2 py-1 text-sm ${TONE[item.tone]}`}>
      <span className="font-semibold">{KIND[item.kind]}</span>
      {item.kind === "task" || item.kind === "endpoint"
        ? ` ${item.label.replace(/^task /, "")}`
        : ""}
      <span className="block text-xs">
        {item.status.toLowerCase()}
        {item.target ? ` · target ${item.target}` : ""}
      </span>
    </li>
  );
}

/**
 * The lab's account drawn as AWS draws an architecture: the Region, the VPC with its two
 * Availability Zones and their public and private subnets, what runs in each, and the regional
 * services beside the VPC. Plain HTML lists, so it reads in order with a screen reader and
 * fits a phone by stacking the zones.
 */
export function AccountMapView({ map }: { map: AccountMap }) {
  return (
    <div className="space-y-3 text-slate-800 dark:text-slate-100">
      <p className="text-sm">
        <span className="font-semibold">Internet</span>: you and your users reach the VPC through
        its internet gateway ({map.internetGateway}).
      </p>
      <section
        aria-label={`Region ${map.region}`}
        className="rounded-lg border-2 border-dashed border-sky-700 p-2 dark:border-sky-400"
      >
        <h3 className="px-1 text-xs font-semibold tracking-wide text-sky-800 uppercase dark:text-sky-300">
          Region {map.region}
        </h3>
        <section
          aria-label={`VPC ${map.vpc.name}`}
          className="mt-2 rounded-lg border-2 border-violet-600 p-2 dark:border-violet-400"
        >
          <h4 className="px-1 text-sm font-semibold">
            VPC {map.vpc.name} <span className="font-normal">({map.vpc.cidr})</span>
          </h4>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {map.zones.map((zone) => (
              <section
                key={zone.name}
                aria-label={`Availability Zone ${zone.name}`}
                className="rounded-md border border-dashed border-sky-600 p-2 dark:border-sky-400"
              >
                <h5 className="text-xs font-semibold">Availability Zone {zone.name}</h5>
                {zone.subnets.map((subnet) => (
                  <div
                    key={subnet.id}
                    className={`mt-2 rounded-md border p-2 ${
                      subnet.public
                        ? "border-lime-700 bg-lime-50/60 dark:border-lime-500 dark:bg-lime-950/40"
                        : "border-teal-700 bg-teal-50/60 dark:border-teal-500 dark:bg-teal-950/40"
                    }`}
                  >
                    <p className="text-sm font-semibold">
                      {subnet.public ? "Public" : "Private"} subnet {subnet.name}
                    </p>
                    <p className="text-xs">
                      {subnet.cidr} · way out:{" "}
                      <span className={subnet.wayOut === "none" ? "font-semibold" : ""}>
                        {subnet.wayOut}
                      </span>
                    </p>
                    {subnet.items.length ? (
                      <ul className="mt-2 grid gap-1" aria-label={`In ${subnet.name}`}>
                        {subnet.items.map((item) => (
                          <Item key={item.id} item={item} />
                        ))}
                      </ul>
                    ) : (
                      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Empty</p>
                    )}
                  </div>
                ))}
              </section>
            ))}
          </div>
        </section>
        <ul className="mt-2 grid gap-2 sm:grid-cols-4" aria-label="Regional services">
          {map.regional.map((service) => (
            <li
              key={service.service}
              className="rounded-md border border-slate-400 p-2 text-sm dark:border-slate-500"
            >
              <span className="font-semibold">{service.service}</span>
              <span className="block text-xs">
                {service.items.length ? service.items.join("; ") : "nothing yet"}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
