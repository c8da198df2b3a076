/**
 * The lab's account as a map: what sits in which subnet of which Availability Zone, what each
 * subnet's way out is, and the regional services beside the VPC. The console's Map tab draws
 * it; it changes as the student works (tasks appear and change state, targets turn healthy).
 */
import { nameTag } from "./aws/context";
import { isPublicSubnet } from "./network";
import type { LabState, ResourceSummary, TaskStatus } from "./types";

export interface MapItem {
  id: string;
  kind: "load-balancer" | "task" | "nat-gateway" | "endpoint";
  label: string;
  status: string;
  tone: ResourceSummary["tone"];
  /** For a task behind a load balancer: its target's health. */
  target?: string;
}

export interface MapSubnet {
  id: string;
  name: string;
  cidr: string;
  public: boolean;
  /** How traffic leaves the subnet: "internet gateway", "NAT gateway", or "none". */
  wayOut: string;
  items: MapItem[];
}

export interface MapZone {
  name: string;
  subnets: MapSubnet[];
}

export interface AccountMap {
  region: string;
  vpc: { id: string; name: string; cidr: string };
  internetGateway: string;
  zones: MapZone[];
  /** Regional services outside the VPC, each with what the student has in it. */
  regional: { service: string; items: string[] }[];
}

const TASK_TONE: Record<TaskStatus, ResourceSummary["tone"]> = {
  PROVISIONING: "busy",
  PENDING: "busy",
  ACTIVATING: "busy",
  RUNNING: "ok",
  DEACTIVATING: "busy",
  STOPPING: "busy",
  DEPROVISIONING: "busy",
  STOPPED: "bad",
};

/** Builds the map of `state`. Tasks stopped over a minute ago are left out. */
export function mapAccount(state: LabState): AccountMap {
  const a = state.account;
  const zones = [...new Set(a.subnets.map((s) => s.AvailabilityZone))].sort();
  const targets = new Map(
    a.targetGroups.flatMap((g) => g.Targets.map((t) => [t.taskArn ?? t.Id, t.State] as const)),
  );
  return {
    region: a.region,
    vpc: { id: a.vpc.VpcId, name: nameTag(a.vpc.Tags) ?? a.vpc.VpcId, cidr: a.vpc.CidrBlock },
    internetGateway: a.internetGatewayId,
    zones: zones.map((zone) => ({
      name: zone,
      subnets: a.subnets
        .filter((s) => s.AvailabilityZone === zone)
        .sort((x, y) => Number(isPublicSubnet(a, y)) - Number(isPublicSubnet(a, x)))
        .map((subnet) => {
          const isPublic = isPublicSubnet(a, subnet);
          const route = a.routeTables
            .find((r) => r.RouteTableId === subnet.RouteTableId)
            ?.Routes.find((r) => r.DestinationCidrBlock === "0.0.0.0/0");
          const items: MapItem[] = [];
          for (const lb of a.loadBalancers.filter((l) => l.Subnets.includes(subnet.SubnetId))) {
            items.push({
              id: `${lb.LoadBalancerArn}@${subnet.SubnetId}`,
              kind: "load-balancer",
              label: lb.LoadBalancerName,
              status: lb.State,
              tone: lb.State === "active" ? "ok" : "busy",
            });
          }
          for (const nat of a.natGateways.filter(
            (n) => n.SubnetId === subnet.SubnetId && n.State !== "deleted",
          )) {
            items.push({
              id: nat.NatGatewayId,
              kind: "nat-gateway",
              label: "NAT gateway",
              status: nat.State,
              tone: nat.State === "available" ? "ok" : "busy",
            });
          }
          for (const endpoint of a.endpoints.filter((e) => e.SubnetIds.includes(subnet.SubnetId))) {
            items.push({
              id: `${endpoint.VpcEndpointId}@${subnet.SubnetId}`,
              kind: "endpoint",
              label: `${endpoint.ServiceName.split(".").slice(3).join(".")} endpoint`,
              status: endpoint.State,
              tone: endpoint.State === "available" ? "ok" : "busy",
            });
          }
          for (const task of a.tasks.filter(
            (t) =>
              t.subnetId === subnet.SubnetId &&
              (t.lastStatus !== "STOPPED" || state.now - (t.stoppedAt ?? 0) < 60_000),
          )) {
            const target = targets.get(task.taskArn);
            items.push({
              id: task.taskArn,
              kind: "task",
              label: `task ${task.taskArn.split("/").pop()!.slice(0, 6)}`,
              status: task.lastStatus,
              tone: TASK_TONE[task.lastStatus],
              ...(target ? { target } : {}),
            });
          }
          return {
            id: subnet.SubnetId,
            name: nameTag(subnet.Tags) ?? subnet.SubnetId,
            cidr: subnet.CidrBlock,
            public: isPublic,
            wayOut: route?.GatewayId?.startsWith("igw-")
              ? "internet gateway"
              : route?.NatGatewayId
                ? "NAT gateway"
                : "none",
            items,
          };
        }),
    })),
    regional: [
      {
        service: "Amazon ECR",
        items: a.repositories.map(
          (r) =>
            `${r.repositoryName} (${r.images.flatMap((i) => i.imageTags).join(", ") || "empty"})`,
        ),
      },
      {
        service: "Amazon ECS",
        items: a.clusters
          .filter((c) => c.status === "ACTIVE")
          .map((c) => {
            const services = a.services.filter(
              (s) => s.clusterArn === c.clusterArn && s.status !== "INACTIVE",
            );
            return `cluster ${c.clusterName}${services.length ? `: ${services.map((s) => `${s.serviceName} (${s.desiredCount} wanted)`).join(", ")}` : ""}`;
          }),
      },
      { service: "CloudWatch Logs", items: a.logGroups.map((g) => g.logGroupName) },
      { service: "IAM", items: a.roles.map((r) => r.RoleName) },
    ],
  };
}
