import { nameTag } from "./aws/context";
import type { LabState, ResourceSummary, TaskStatus } from "./types";

const TASK_TONE: Record<TaskStatus, ResourceSummary["tone"]> = {
  PROVISIONING: "busy",
  PENDING: "busy",
  ACTIVATING: "busy",
  RUNNING: "ok",
  DEACTIVATING: "busy",
  STOPPING: "busy",
  DEPROVISIONING: "busy",
  STOPPED: "idle",
};

/**
 * What exists in the account, for the resources panel: the network the lab provides first,
 * then what the student made, in the order a deployment builds it. Stopped tasks stay listed
 * (with why they stopped) for a simulated hour, as ECS keeps them.
 */
export function summarize(state: LabState): ResourceSummary[] {
  const a = state.account;
  const rows: ResourceSummary[] = [];
  const push = (row: ResourceSummary) => rows.push(row);
  push({
    kind: "VPC",
    id: a.vpc.VpcId,
    name: nameTag(a.vpc.Tags) ?? a.vpc.VpcId,
    status: "available",
    tone: "ok",
    detail: a.vpc.CidrBlock,
  });
  for (const s of a.subnets) {
    const isPublic = a.routeTables
      .find((r) => r.RouteTableId === s.RouteTableId)
      ?.Routes.some(
        (r) => r.DestinationCidrBlock === "0.0.0.0/0" && r.GatewayId?.startsWith("igw-"),
      );
    const nat = a.routeTables
      .find((r) => r.RouteTableId === s.RouteTableId)
      ?.Routes.find((r) => r.DestinationCidrBlock === "0.0.0.0/0" && r.NatGatewayId);
    push({
      kind: "Subnet",
      id: s.SubnetId,
      name: nameTag(s.Tags) ?? s.SubnetId,
      status: isPublic ? "public" : nat ? "private, via NAT" : "private, no way out",
      tone: "idle",
      detail: `${s.AvailabilityZone} · ${s.CidrBlock}`,
    });
  }
  for (const g of a.securityGroups.filter((g) => g.GroupName !== "default")) {
    const rules = g.Ingress.map(
      (r) =>
        `${r.IpProtocol === "-1" ? "all" : `${r.IpProtocol} ${r.FromPort === r.ToPort ? r.FromPort : `${r.FromPort}-${r.ToPort}`}`} from ${r.CidrIp ?? a.securityGroups.find((s) => s.GroupId === r.SourceGroupId)?.GroupName ?? r.SourceGroupId}`,
    );
    push({
      kind: "Security group",
      id: g.GroupId,
      name: g.GroupName,
      status: `${g.Ingress.length} inbound rule${g.Ingress.length === 1 ? "" : "s"}`,
      tone: "ok",
      detail: rules.join("; ") || "admits nothing",
    });
  }
  for (const n of a.natGateways.filter((n) => n.State !== "deleted")) {
    push({
      kind: "NAT gateway",
      id: n.NatGatewayId,
      name: n.NatGatewayId,
      status: n.State,
      tone: n.State === "available" ? "ok" : "busy",
      detail: a.subnets.find((s) => s.SubnetId === n.SubnetId)?.Tags.find((t) => t.Key === "Name")
        ?.Value,
    });
  }
  for (const e of a.endpoints) {
    push({
      kind: "VPC endpoint",
      id: e.VpcEndpointId,
      name: e.ServiceName.split(".").slice(3).join("."),
      status: e.State,
      tone: e.State === "available" ? "ok" : "busy",
      detail: e.VpcEndpointType,
    });
  }
  for (const r of a.roles) {
    push({
      kind: "IAM role",
      id: r.Arn,
      name: r.RoleName,
      status: `${r.AttachedPolicyArns.length} polic${r.AttachedPolicyArns.length === 1 ? "y" : "ies"}`,
      tone: r.AttachedPolicyArns.length ? "ok" : "bad",
      detail:
        r.AttachedPolicyArns.map((p) => p.split("/").pop()).join(", ") || "no policy attached",
    });
  }
  for (const r of a.repositories) {
    push({
      kind: "ECR repository",
      id: r.repositoryArn,
      name: r.repositoryName,
      status: `${r.images.length} image${r.images.length === 1 ? "" : "s"}`,
      tone: "ok",
      detail: [r.imageTagMutability, r.images.flatMap((i) => i.imageTags).join(", ")]
        .filter(Boolean)
        .join(" · "),
    });
  }
  for (const g of a.logGroups) {
    const streams = Object.keys(g.streams).length;
    push({
      kind: "Log group",
      id: g.arn,
      name: g.logGroupName,
      status: `${streams} stream${streams === 1 ? "" : "s"}`,
      tone: "ok",
    });
  }
  for (const c of a.clusters.filter((c) => c.status === "ACTIVE")) {
    push({
      kind: "ECS cluster",
      id: c.clusterArn,
      name: c.clusterName,
      status: c.status,
      tone: "ok",
    });
  }
  for (const d of a.taskDefinitions) {
    push({
      kind: "Task definition",
      id: d.taskDefinitionArn,
      name: `${d.family}:${d.revision}`,
      status: d.status,
      tone: d.status === "ACTIVE" ? "ok" : "idle",
      detail: `${String(d.body.cpu ?? "?")} CPU · ${String(d.body.memory ?? "?")} MiB`,
    });
  }
  for (const s of a.services.filter((s) => s.status !== "INACTIVE")) {
    const tasks = a.tasks.filter(
      (t) => t.group === `service:${s.serviceName}` && t.desiredStatus === "RUNNING",
    );
    const running = tasks.filter((t) => t.lastStatus === "RUNNING").length;
    const primary = s.deployments.find((d) => d.status === "PRIMARY");
    push({
      kind: "ECS service",
      id: s.serviceArn,
      name: s.serviceName,
      status: s.status === "DRAINING" ? "DRAINING" : `${running}/${s.desiredCount} running`,
      tone:
        s.status === "DRAINING"
          ? "busy"
          : s.steadySince !== undefined
            ? "ok"
            : primary?.rolloutState === "FAILED"
              ? "bad"
              : "busy",
      detail: `${s.taskDefinition.split("/").pop()} · ${s.steadySince !== undefined ? "steady state" : `deployment ${primary?.rolloutState.toLowerCase().replace("_", " ") ?? ""}`}`,
    });
  }
  for (const t of a.tasks) {
    push({
      kind: "Task",
      id: t.taskArn,
      name: t.taskArn.split("/").pop()!.slice(0, 12),
      status: t.lastStatus,
      tone:
        t.lastStatus === "STOPPED" &&
        t.stopCode !== "UserInitiated" &&
        t.stopCode !== "ServiceSchedulerInitiated"
          ? "bad"
          : TASK_TONE[t.lastStatus],
      detail: [t.availabilityZone, t.privateIp, t.stoppedReason].filter(Boolean).join(" · "),
    });
  }
  for (const lb of a.loadBalancers) {
    push({
      kind: "Load balancer",
      id: lb.LoadBalancerArn,
      name: lb.LoadBalancerName,
      status: lb.State,
      tone: lb.State === "active" ? "ok" : "busy",
      detail: lb.DNSName,
    });
  }
  for (const l of a.listeners) {
    push({
      kind: "Listener",
      id: l.ListenerArn,
      name: `${l.Protocol}:${l.Port}`,
      status: "forward",
      tone: "ok",
      detail: l.TargetGroupArn.split("/")[1],
    });
  }
  for (const g of a.targetGroups) {
    const healthy = g.Targets.filter((t) => t.State === "healthy").length;
    push({
      kind: "Target group",
      id: g.TargetGroupArn,
      name: g.TargetGroupName,
      status: `${healthy}/${g.Targets.length} healthy`,
      tone:
        g.Targets.length === 0
          ? "idle"
          : healthy === g.Targets.length
            ? "ok"
            : g.Targets.some((t) => t.State === "unhealthy")
              ? "bad"
              : "busy",
      detail: `type ${g.TargetType} · ${g.Protocol}:${g.Port} · health check ${g.HealthCheckPath}`,
    });
    for (const t of g.Targets) {
      push({
        kind: "Target",
        id: `${g.TargetGroupArn}/${t.Id}`,
        name: `${t.Id}:${t.Port}`,
        status: t.State,
        tone:
          t.State === "healthy"
            ? "ok"
            : t.State === "unhealthy"
              ? "bad"
              : t.State === "unused"
                ? "idle"
                : "busy",
        detail: t.Description,
      });
    }
  }
  for (const t of a.scalableTargets) {
    push({
      kind: "Scalable target",
      id: t.ResourceId,
      name: t.ResourceId,
      status: `${t.MinCapacity}–${t.MaxCapacity} tasks`,
      tone: "ok",
    });
  }
  for (const p of a.scalingPolicies) {
    push({
      kind: "Scaling policy",
      id: p.PolicyARN,
      name: p.PolicyName,
      status: p.PolicyType,
      tone: "ok",
      detail: p.ResourceId,
    });
  }
  return rows;
}
