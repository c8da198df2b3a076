/**
 * The shape of the architecture, drawn AWS's way: the developer and the users outside; the AWS
 * Cloud holding a Region; in it the regional services and a VPC across two Availability Zones,
 * each with a public subnet (a NAT gateway, a node of the load balancer) and a private subnet
 * (the tasks). The words for every id are content (content/_data/diagram.yaml); if you add or
 * rename an id here, add it there too (the content check lists what is missing).
 */

export const ZONES = ["a", "b"] as const;
export type Zone = (typeof ZONES)[number];

/** Each node id the topology draws, with the group it sits in (none: outside AWS). */
export const PARENTS: Readonly<Record<string, string | null>> = {
  developer: null,
  image: null,
  users: null,
  cloud: null,
  region: "cloud",
  ecr: "region",
  ecs: "region",
  compute: "region",
  iam: "region",
  logs: "region",
  vpc: "region",
  igw: "vpc",
  alb: "vpc",
  "az-a": "vpc",
  "az-b": "vpc",
  "public-a": "az-a",
  "public-b": "az-b",
  "private-a": "az-a",
  "private-b": "az-b",
  "nat-a": "public-a",
  "nat-b": "public-b",
};

/** The ids the content must give words to. */
export const TOPOLOGY_NODES = Object.keys(PARENTS);

/** The group a node of the topology is drawn in; undefined outside AWS or for unknown ids. */
export function parentOf(id: string): string | undefined {
  return PARENTS[id] ?? undefined;
}
