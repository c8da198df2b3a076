import { fail } from "../errors";
import { nextHex } from "../ids";
import { type Ctx, type Handler, iso, num, record, str, strings } from "./context";

const DIMENSION = "ecs:service:DesiredCount";

function serviceFor(ctx: Ctx, resourceId: string) {
  const match = /^service\/([^/]+)\/([^/]+)$/.exec(resourceId);
  const service = match
    ? ctx.account.services.find(
        (s) =>
          s.status === "ACTIVE" &&
          s.serviceName === match[2] &&
          s.clusterArn.endsWith(`:cluster/${match[1]}`),
      )
    : undefined;
  return service;
}

function checkTarget(ctx: Ctx, p: Record<string, unknown>) {
  const namespace = str(p.ServiceNamespace);
  const dimension = str(p.ScalableDimension);
  const resourceId = str(p.ResourceId) ?? "";
  if (namespace !== "ecs") {
    fail("ValidationException", "The lab scales ECS services only: use --service-namespace ecs");
  }
  if (dimension !== DIMENSION) {
    fail(
      "ValidationException",
      `Unsupported scalable dimension '${dimension ?? ""}' for service namespace 'ecs'. Use ${DIMENSION}`,
    );
  }
  return { namespace, dimension, resourceId };
}

const registerScalableTarget: Handler = (ctx, p) => {
  const { namespace, dimension, resourceId } = checkTarget(ctx, p);
  const service = serviceFor(ctx, resourceId);
  if (!service) fail("ValidationException", `ECS service doesn't exist: ${resourceId}`);
  const existing = ctx.account.scalableTargets.find((t) => t.ResourceId === resourceId);
  const min = num(p.MinCapacity) ?? existing?.MinCapacity;
  const max = num(p.MaxCapacity) ?? existing?.MaxCapacity;
  if (min === undefined || max === undefined) {
    fail(
      "ValidationException",
      "MinCapacity and MaxCapacity are required to register a new scalable target",
    );
  }
  if (min > max) {
    fail("ValidationException", "Minimum capacity cannot be greater than maximum capacity");
  }
  const target = existing ?? {
    ResourceId: resourceId,
    ServiceNamespace: namespace,
    ScalableDimension: dimension,
    MinCapacity: min,
    MaxCapacity: max,
    CreationTime: ctx.state.now,
  };
  target.MinCapacity = min;
  target.MaxCapacity = max;
  if (!existing) ctx.account.scalableTargets.push(target);
  // Application Auto Scaling brings the desired count inside the new range at once.
  service.desiredCount = Math.min(max, Math.max(min, service.desiredCount));
  return {
    ScalableTargetARN: `arn:aws:application-autoscaling:${ctx.region}:${ctx.account.accountId}:scalable-target/0ec5${nextHex(ctx.state, 28)}`,
  };
};

const deregisterScalableTarget: Handler = (ctx, p) => {
  const { resourceId } = checkTarget(ctx, p);
  const target = ctx.account.scalableTargets.find((t) => t.ResourceId === resourceId);
  if (!target) {
    fail(
      "ObjectNotFoundException",
      `No scalable target found for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${DIMENSION}`,
    );
  }
  ctx.account.scalableTargets = ctx.account.scalableTargets.filter((t) => t !== target);
  // Deregistering a scalable target deletes its scaling policies.
  ctx.account.scalingPolicies = ctx.account.scalingPolicies.filter(
    (s) => s.ResourceId !== resourceId,
  );
  return undefined;
};

const describeScalableTargets: Handler = (ctx, p) => {
  const ids = strings(p.ResourceIds);
  return {
    ScalableTargets: ctx.account.scalableTargets
      .filter((t) => !ids.length || ids.includes(t.ResourceId))
      .map((t) => ({
        ServiceNamespace: t.ServiceNamespace,
        ResourceId: t.ResourceId,
        ScalableDimension: t.ScalableDimension,
        MinCapacity: t.MinCapacity,
        MaxCapacity: t.MaxCapacity,
        RoleARN: `arn:aws:iam::${ctx.account.accountId}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService`,
        CreationTime: iso(t.CreationTime),
        SuspendedState: {
          DynamicScalingInSuspended: false,
          DynamicScalingOutSuspended: false,
          ScheduledScalingSuspended: false,
        },
      })),
  };
};

const PREDEFINED = [
  "ECSServiceAverageCPUUtilization",
  "ECSServiceAverageMemoryUtilization",
  "ALBRequestCountPerTarget",
];

const putScalingPolicy: Handler = (ctx, p) => {
  const { namespace, dimension, resourceId } = checkTarget(ctx, p);
  if (!ctx.account.scalableTargets.some((t) => t.ResourceId === resourceId)) {
    fail(
      "ObjectNotFoundException",
      `No scalable target registered for service namespace: ${namespace}, resource ID: ${resourceId}, scalable dimension: ${dimension}`,
    );
  }
  const name = str(p.PolicyName) ?? "";
  const type = str(p.PolicyType) ?? "StepScaling";
  let configuration: unknown;
  if (type === "TargetTrackingScaling") {
    configuration = record(p.TargetTrackingScalingPolicyConfiguration);
    const config = configuration as Record<string, unknown>;
    if (num(config.TargetValue) === undefined) {
      fail(
        "ValidationException",
        "TargetTrackingScalingPolicyConfiguration must specify TargetValue",
      );
    }
    const metric = str(record(config.PredefinedMetricSpecification).PredefinedMetricType);
    if (!config.CustomizedMetricSpecification && !PREDEFINED.includes(metric ?? "")) {
      fail(
        "ValidationException",
        `Unsupported predefined metric type '${metric ?? ""}' for service namespace 'ecs'`,
      );
    }
    if (
      metric === "ALBRequestCountPerTarget" &&
      !str(record(config.PredefinedMetricSpecification).ResourceLabel)
    ) {
      fail("ValidationException", "ResourceLabel is required for ALBRequestCountPerTarget");
    }
  } else if (type === "StepScaling") {
    configuration = record(p.StepScalingPolicyConfiguration);
  } else {
    fail("ValidationException", `Unsupported policy type '${type}' for service namespace 'ecs'`);
  }
  const policyArn = `arn:aws:autoscaling:${ctx.region}:${ctx.account.accountId}:scalingPolicy:${nextHex(ctx.state, 8)}-${nextHex(ctx.state, 4)}:resource/ecs/${resourceId}:policyName/${name}`;
  ctx.account.scalingPolicies = ctx.account.scalingPolicies.filter(
    (s) => !(s.PolicyName === name && s.ResourceId === resourceId),
  );
  ctx.account.scalingPolicies.push({
    PolicyName: name,
    PolicyARN: policyArn,
    ResourceId: resourceId,
    ServiceNamespace: namespace,
    ScalableDimension: dimension,
    PolicyType: type,
    Configuration: configuration,
    CreationTime: ctx.state.now,
  });
  const alarm = (kind: string) => {
    const alarmName = `TargetTracking-${resourceId}-${kind}-${nextHex(ctx.state, 8)}-${nextHex(ctx.state, 4)}`;
    return {
      AlarmName: alarmName,
      AlarmARN: `arn:aws:cloudwatch:${ctx.region}:${ctx.account.accountId}:alarm:${alarmName}`,
    };
  };
  return {
    PolicyARN: policyArn,
    ...(type === "TargetTrackingScaling"
      ? { Alarms: [alarm("AlarmHigh"), alarm("AlarmLow")] }
      : {}),
  };
};

const describeScalingPolicies: Handler = (ctx, p) => {
  const resourceId = str(p.ResourceId);
  return {
    ScalingPolicies: ctx.account.scalingPolicies
      .filter((s) => !resourceId || s.ResourceId === resourceId)
      .map((s) => ({
        PolicyARN: s.PolicyARN,
        PolicyName: s.PolicyName,
        ServiceNamespace: s.ServiceNamespace,
        ResourceId: s.ResourceId,
        ScalableDimension: s.ScalableDimension,
        PolicyType: s.PolicyType,
        ...(s.PolicyType === "TargetTrackingScaling"
          ? { TargetTrackingScalingPolicyConfiguration: s.Configuration }
          : { StepScalingPolicyConfiguration: s.Configuration }),
        Alarms: [],
        CreationTime: iso(s.CreationTime),
      })),
  };
};

const deleteScalingPolicy: Handler = (ctx, p) => {
  const name = str(p.PolicyName);
  const resourceId = str(p.ResourceId);
  const policy = ctx.account.scalingPolicies.find(
    (s) => s.PolicyName === name && s.ResourceId === resourceId,
  );
  if (!policy) {
    fail(
      "ObjectNotFoundException",
      `No scaling policy found for service namespace: ecs, resource ID: ${resourceId ?? ""}, scalable dimension: ${DIMENSION}, policy name: ${name ?? ""}`,
    );
  }
  ctx.account.scalingPolicies = ctx.account.scalingPolicies.filter((s) => s !== policy);
  return undefined;
};

const describeScalingActivities: Handler = () => ({ ScalingActivities: [] });

export const autoscalingHandlers: Record<string, Handler> = {
  DeleteScalingPolicy: deleteScalingPolicy,
  DeregisterScalableTarget: deregisterScalableTarget,
  DescribeScalableTargets: describeScalableTargets,
  DescribeScalingActivities: describeScalingActivities,
  DescribeScalingPolicies: describeScalingPolicies,
  PutScalingPolicy: putScalingPolicy,
  RegisterScalableTarget: registerScalableTarget,
};
