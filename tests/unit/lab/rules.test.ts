import { describe, expect, it } from "vitest";

import type { TaskStatus } from "@/lib/lab/types";

import { REGISTRY, Scenario, taskDefinition } from "./scenario";

/** The lab's AWS rules, one test each, from shared/facts.md and the AWS documentation. */
describe("task definitions", () => {
  it("rejects a CPU and memory pair Fargate does not offer", () => {
    const s = new Scenario();
    const error = s.error("ecs", "RegisterTaskDefinition", taskDefinition({ memory: "4096" }));
    expect(error?.code).toBe("ClientException");
    expect(error?.message).toContain("No Fargate configuration exists for given values");
  });

  it("requires awsvpc on Fargate", () => {
    const s = new Scenario();
    const error = s.error(
      "ecs",
      "RegisterTaskDefinition",
      taskDefinition({ networkMode: "bridge" }),
    );
    expect(error?.code).toBe("ClientException");
    expect(error?.message).toMatch(/awsvpc/);
  });

  it("requires an execution role for a private ECR image", () => {
    const s = new Scenario();
    const error = s.error(
      "ecs",
      "RegisterTaskDefinition",
      taskDefinition({ executionRoleArn: undefined }, { logConfiguration: undefined }),
    );
    expect(error?.message).toContain("execution role ARN to support ECR images");
  });

  it("requires an execution role for the awslogs driver", () => {
    const s = new Scenario();
    const error = s.error(
      "ecs",
      "RegisterTaskDefinition",
      taskDefinition({ executionRoleArn: undefined }, { image: "public.ecr.aws/nginx/nginx:1.27" }),
    );
    expect(error?.message).toContain("log driver awslogs");
  });

  it("numbers revisions, and an INACTIVE revision cannot start a service", () => {
    const s = new Scenario().basics();
    expect(s.register().taskDefinition.revision).toBe(2);
    s.call("ecs", "DeregisterTaskDefinition", { taskDefinition: "hello-web:1" });
    const groups = s.securityGroups();
    const lb = s.loadBalancer(groups);
    expect(
      s.error("ecs", "CreateService", {
        ...serviceParams(s, groups.task, lb.tg),
        taskDefinition: "hello-web:1",
      })?.message,
    ).toBe("TaskDefinition is inactive");
  });
});

function serviceParams(s: Scenario, group: string, tg: string) {
  return {
    cluster: "demo",
    serviceName: "hello-svc",
    taskDefinition: "hello-web:1",
    desiredCount: 2,
    launchType: "FARGATE",
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: [s.subnet("lab-public-a")],
        securityGroups: [group],
        assignPublicIp: "ENABLED",
      },
    },
    loadBalancers: [{ targetGroupArn: tg, containerName: "web", containerPort: 80 }],
  };
}

describe("services", () => {
  it("require a network configuration for awsvpc tasks", () => {
    const s = new Scenario().basics();
    const groups = s.securityGroups();
    const lb = s.loadBalancer(groups);
    const error = s.error("ecs", "CreateService", {
      ...serviceParams(s, groups.task, lb.tg),
      networkConfiguration: undefined,
    });
    expect(error?.code).toBe("InvalidParameterException");
    expect(error?.message).toBe(
      "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
    );
  });

  it("need target groups of type ip for awsvpc tasks", () => {
    const s = new Scenario().basics();
    const groups = s.securityGroups();
    const lb = s.loadBalancer(groups, { targetType: "instance" });
    const error = s.error("ecs", "CreateService", serviceParams(s, groups.task, lb.tg));
    expect(error?.message).toContain(
      "has target type instance, which is incompatible with the awsvpc network mode",
    );
  });

  it("need the container port in the task definition", () => {
    const s = new Scenario().basics();
    const groups = s.securityGroups();
    const lb = s.loadBalancer(groups);
    const params = serviceParams(s, groups.task, lb.tg);
    params.loadBalancers[0]!.containerPort = 8080;
    expect(s.error("ecs", "CreateService", params)?.message).toBe(
      "The container web did not have a container port 8080 defined.",
    );
  });

  it("keep the desired count: a task stopped by hand is replaced", () => {
    const s = new Scenario();
    s.deployed();
    const [first] = s.tasks().filter((t) => t.lastStatus === "RUNNING");
    s.call("ecs", "StopTask", { cluster: "demo", task: first!.taskArn });
    s.wait(180);
    expect(
      s.tasks().filter((t) => t.desiredStatus === "RUNNING" && t.lastStatus === "RUNNING"),
    ).toHaveLength(2);
    expect(s.task(first!.taskArn).lastStatus).toBe("STOPPED");
    expect(s.task(first!.taskArn).stoppedReason).toBe("Task stopped by user");
  });

  it("cannot be deleted while scaled above zero, without --force", () => {
    const s = new Scenario();
    s.deployed();
    expect(
      s.error("ecs", "DeleteService", { cluster: "demo", service: "hello-svc" })?.message,
    ).toBe("The service cannot be stopped while it is scaled above 0.");
  });

  it("roll out a new revision without dropping below the desired count", () => {
    const s = new Scenario();
    s.deployed();
    s.register();
    s.call("ecs", "UpdateService", {
      cluster: "demo",
      service: "hello-svc",
      taskDefinition: "hello-web:2",
    });
    let lowest = Infinity;
    let highest = 0;
    for (let i = 0; i < 600; i++) {
      s.wait(1);
      const live = s.tasks().filter((t) => t.desiredStatus === "RUNNING");
      const healthyTargets = s
        .targetStates(s.state.account.targetGroups[0]!.TargetGroupArn)
        .filter((x) => x === "healthy").length;
      lowest = Math.min(lowest, healthyTargets);
      highest = Math.max(highest, live.length);
    }
    expect(lowest).toBeGreaterThanOrEqual(2);
    expect(highest).toBeLessThanOrEqual(4);
    const service = s.state.account.services[0]!;
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments[0]!.taskDefinition).toMatch(/hello-web:2$/);
    expect(service.events.map((e) => e.message)).toContain(
      "(service hello-svc) has reached a steady state.",
    );
  });

  it("roll back a failing deployment when the circuit breaker is on", () => {
    const s = new Scenario();
    s.deployed();
    s.call("ecs", "UpdateService", {
      cluster: "demo",
      service: "hello-svc",
      deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
    });
    s.register({}, { image: `${REGISTRY}/hello-web:9.9` });
    s.call("ecs", "UpdateService", {
      cluster: "demo",
      service: "hello-svc",
      taskDefinition: "hello-web:2",
    });
    s.wait(900);
    const service = s.state.account.services[0]!;
    expect(
      service.events.some((e) => e.message.includes("deployment failed: tasks failed to start")),
    ).toBe(true);
    expect(service.taskDefinition).toMatch(/hello-web:1$/);
  });
});

describe("clusters", () => {
  it("cannot be deleted while they have services", () => {
    const s = new Scenario();
    s.deployed();
    expect(s.error("ecs", "DeleteCluster", { cluster: "demo" })?.code).toBe(
      "ClusterContainsServicesException",
    );
  });

  it("cannot be deleted while tasks are still draining after delete-service --force", () => {
    const s = new Scenario();
    s.deployed();
    s.call("ecs", "DeleteService", { cluster: "demo", service: "hello-svc", force: true });
    s.wait(5);
    expect(s.error("ecs", "DeleteCluster", { cluster: "demo" })?.code).toBe(
      "ClusterContainsServicesException",
    );
    s.wait(120);
    expect(s.state.account.services[0]!.status).toBe("INACTIVE");
    expect(s.error("ecs", "DeleteCluster", { cluster: "demo" })).toBeUndefined();
  });

  it("cannot be deleted while the tasks of a just INACTIVE service are still stopping", () => {
    const s = new Scenario();
    s.deployed();
    s.call("ecs", "DeleteService", { cluster: "demo", service: "hello-svc", force: true });
    for (let i = 0; i < 300 && s.state.account.services[0]!.status !== "INACTIVE"; i++) s.wait(1);
    expect(s.state.account.services[0]!.status).toBe("INACTIVE");
    expect(s.error("ecs", "DeleteCluster", { cluster: "demo" })?.code).toBe(
      "ClusterContainsTasksException",
    );
  });

  it("cannot be deleted while a task runs", () => {
    const s = new Scenario().basics();
    s.runTask(["lab-public-a"], { publicIp: true });
    expect(s.error("ecs", "DeleteCluster", { cluster: "demo" })?.code).toBe(
      "ClusterContainsTasksException",
    );
  });
});

describe("a task's life", () => {
  it("goes through the statuses ECS documents, in order", () => {
    const s = new Scenario().basics();
    const task = s.runTask(["lab-public-a"], { publicIp: true });
    const seen: TaskStatus[] = [task.lastStatus];
    const record = () => {
      const status = s.task(task.taskArn).lastStatus;
      if (seen[seen.length - 1] !== status) seen.push(status);
    };
    for (let i = 0; i < 60; i++) {
      s.wait(1);
      record();
    }
    s.call("ecs", "StopTask", { cluster: "demo", task: task.taskArn });
    for (let i = 0; i < 60; i++) {
      s.wait(1);
      record();
    }
    expect(seen).toEqual([
      "PROVISIONING",
      "PENDING",
      "ACTIVATING",
      "RUNNING",
      "DEACTIVATING",
      "STOPPING",
      "DEPROVISIONING",
      "STOPPED",
    ]);
  });

  it.each([
    [
      "a public subnet without a public IP",
      ["lab-public-a"],
      false,
      "ResourceInitializationError: unable to pull secrets or registry auth",
    ],
    ["a private subnet with no way out", ["lab-private-a"], false, "i/o timeout"],
    ["a public subnet with a public IP", ["lab-public-a"], true, undefined],
  ])("in %s: %s", (_, subnets, publicIp, reason) => {
    const s = new Scenario().basics();
    const task = s.runTask(subnets, { publicIp });
    s.wait(90);
    expect(s.task(task.taskArn).stoppedReason).toEqual(
      reason === undefined ? undefined : expect.stringContaining(reason),
    );
  });

  it("runs in a private subnet through a NAT gateway in a public one", () => {
    const s = new Scenario().basics();
    const eip = s.call("ec2", "AllocateAddress", {}).AllocationId;
    const nat = s.call("ec2", "CreateNatGateway", {
      SubnetId: s.subnet("lab-public-a"),
      AllocationId: eip,
    }).NatGateway.NatGatewayId;
    s.wait(60);
    const table = s.state.account.routeTables.find((r) =>
      r.SubnetIds.includes(s.subnet("lab-private-a")),
    )!;
    s.call("ec2", "CreateRoute", {
      RouteTableId: table.RouteTableId,
      DestinationCidrBlock: "0.0.0.0/0",
      NatGatewayId: nat,
    });
    const task = s.runTask(["lab-private-a"]);
    s.wait(60);
    expect(s.task(task.taskArn).lastStatus).toBe("RUNNING");
  });

  function withEndpoints(s: Scenario, services: string[], taskGroup: string) {
    const endpointGroup = s.call("ec2", "CreateSecurityGroup", {
      GroupName: "endpoints",
      Description: "https",
      VpcId: s.vpc,
    }).GroupId;
    s.allow(endpointGroup, 443, { GroupId: taskGroup });
    const privateTable = s.state.account.routeTables.find((r) =>
      r.SubnetIds.includes(s.subnet("lab-private-a")),
    )!;
    for (const service of services) {
      s.call(
        "ec2",
        "CreateVpcEndpoint",
        service === "s3"
          ? {
              VpcId: s.vpc,
              ServiceName: "com.amazonaws.us-east-1.s3",
              VpcEndpointType: "Gateway",
              RouteTableIds: [privateTable.RouteTableId],
            }
          : {
              VpcId: s.vpc,
              ServiceName: `com.amazonaws.us-east-1.${service}`,
              VpcEndpointType: "Interface",
              SubnetIds: [s.subnet("lab-private-a")],
              SecurityGroupIds: [endpointGroup],
            },
      );
    }
    s.wait(30);
  }

  it.each([
    [["ecr.api", "ecr.dkr"], "CannotPullContainerError: ref pull has been retried"],
    [["ecr.api", "ecr.dkr", "s3"], "failed to create Cloudwatch log stream: RequestError"],
    [["ecr.api", "ecr.dkr", "s3", "logs"], undefined],
  ])("in a private subnet with the endpoints %j: %s", (services, reason) => {
    const s = new Scenario().basics();
    const group = s.call("ec2", "CreateSecurityGroup", {
      GroupName: "tasks",
      Description: "t",
      VpcId: s.vpc,
    }).GroupId;
    withEndpoints(s, services, group);
    const task = s.runTask(["lab-private-a"], { securityGroups: [group] });
    s.wait(60);
    expect(s.task(task.taskArn).stoppedReason).toEqual(
      reason === undefined ? undefined : expect.stringContaining(reason),
    );
  });

  it("stops when its log group does not exist", () => {
    const s = new Scenario();
    s.image();
    s.role();
    s.register();
    s.call("ecs", "CreateCluster", { clusterName: "demo" });
    const task = s.runTask(["lab-public-a"], { publicIp: true });
    s.wait(60);
    expect(s.task(task.taskArn).stoppedReason).toContain(
      "ResourceNotFoundException: The specified log group does not exist.",
    );
  });

  it("stops when its image tag is not in the repository", () => {
    const s = new Scenario().basics();
    s.register({}, { image: `${REGISTRY}/hello-web:2.0` });
    const task = s.runTask(["lab-public-a"], { publicIp: true, taskDefinition: "hello-web:2" });
    s.wait(60);
    expect(s.task(task.taskArn).stoppedReason).toBe(
      `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${REGISTRY}/hello-web:2.0: ${REGISTRY}/hello-web:2.0: not found`,
    );
  });

  it("stops when the execution role lacks its policy", () => {
    const s = new Scenario();
    s.image();
    s.role({ policy: false });
    s.logGroup();
    s.register();
    s.call("ecs", "CreateCluster", { clusterName: "demo" });
    const task = s.runTask(["lab-public-a"], { publicIp: true });
    s.wait(60);
    expect(s.task(task.taskArn).stoppedReason).toContain(
      "is not authorized to perform: ecr:GetAuthorizationToken",
    );
  });

  it("stops when the execution role does not exist", () => {
    const s = new Scenario();
    s.image();
    s.logGroup();
    s.register();
    s.call("ecs", "CreateCluster", { clusterName: "demo" });
    const task = s.runTask(["lab-public-a"], { publicIp: true });
    s.wait(60);
    expect(s.task(task.taskArn).stoppedReason).toContain("ECS was unable to assume the role");
  });

  it("exits at once when its image was built for another CPU architecture", () => {
    const s = new Scenario();
    s.image({ platform: "linux/arm64" });
    s.role();
    s.logGroup();
    s.register();
    s.call("ecs", "CreateCluster", { clusterName: "demo" });
    const task = s.runTask(["lab-public-a"], { publicIp: true });
    s.wait(90);
    expect(s.task(task.taskArn).stopCode).toBe("EssentialContainerExited");
    const stream = Object.values(s.state.account.logGroups[0]!.streams)[0]!;
    expect(stream.map((e) => e.message)).toContain("exec /docker-entrypoint.sh: exec format error");
  });
});

describe("load balancing", () => {
  it("turns targets healthy when the security groups are chained", () => {
    const s = new Scenario();
    const { tg } = s.deployed();
    expect(s.targetStates(tg)).toEqual(["healthy", "healthy"]);
  });

  it("leaves targets unhealthy when the tasks' group does not admit the load balancer, and ECS replaces them", () => {
    const s = new Scenario().basics();
    const groups = s.securityGroups({ chained: false });
    const lb = s.loadBalancer(groups);
    s.service(groups, lb.tg);
    const unhealthy = () =>
      s.state.account.targetGroups[0]!.Targets.find((t) => t.State === "unhealthy");
    for (let i = 0; i < 300 && !unhealthy(); i++) s.wait(1);
    expect(unhealthy()?.Reason).toBe("Target.Timeout");
    expect(unhealthy()?.Description).toBe("Request timed out");
    s.wait(60);
    expect(
      s
        .tasks()
        .some((t) => t.stoppedReason?.startsWith("Task failed ELB health checks in (target-group")),
    ).toBe(true);
  });

  it("needs subnets in two Availability Zones for an Application Load Balancer", () => {
    const s = new Scenario();
    const error = s.error("elbv2", "CreateLoadBalancer", {
      Name: "x",
      Subnets: [s.subnet("lab-public-a")],
    });
    expect(error?.message).toBe(
      "At least two subnets in two different Availability Zones must be specified",
    );
  });

  it("keeps a leaving task in DEACTIVATING for the deregistration delay", () => {
    const s = new Scenario();
    s.deployed();
    const task = s.tasks().find((t) => t.lastStatus === "RUNNING")!;
    s.call("ecs", "StopTask", { cluster: "demo", task: task.taskArn });
    s.wait(20);
    expect(s.task(task.taskArn).lastStatus).toBe("DEACTIVATING");
    s.wait(20);
    expect(s.task(task.taskArn).lastStatus).not.toBe("DEACTIVATING");
  });

  it("will not delete a target group a listener uses", () => {
    const s = new Scenario();
    const { tg } = s.deployed();
    expect(s.error("elbv2", "DeleteTargetGroup", { TargetGroupArn: tg })?.code).toBe(
      "ResourceInUse",
    );
  });
});

describe("ECR and Docker", () => {
  it("refuses to push an immutable tag twice with other content", () => {
    const s = new Scenario();
    expect(s.image().exitCode).toBe(0);
    s.state.files["index.html"] = "<h1>changed</h1>";
    const second = s.image();
    expect(second.exitCode).toBe(1);
    expect(second.stderr).toContain(
      "tag invalid: The image tag '1.0' already exists in the 'hello-web' repository and cannot be overwritten because the repository is immutable.",
    );
  });

  it("asks for --force to delete a repository with images", () => {
    const s = new Scenario();
    s.image();
    expect(s.error("ecr", "DeleteRepository", { repositoryName: "hello-web" })?.code).toBe(
      "RepositoryNotEmptyException",
    );
    expect(
      s.error("ecr", "DeleteRepository", { repositoryName: "hello-web", force: true }),
    ).toBeUndefined();
  });

  it("needs a login before a push, and the login lasts 12 hours", () => {
    const s = new Scenario();
    s.docker("build", "--platform", "linux/amd64", "-t", "hello-web:1.0", ".");
    s.call("ecr", "CreateRepository", { repositoryName: "hello-web" });
    s.docker("tag", "hello-web:1.0", `${REGISTRY}/hello-web:1.0`);
    expect(s.docker("push", `${REGISTRY}/hello-web:1.0`).stderr).toContain(
      "no basic auth credentials",
    );
    const token = s.call("ecr", "GetLoginPassword") as string;
    expect(
      s.dockerWithInput(token, "login", "--username", "AWS", "--password-stdin", REGISTRY).stdout,
    ).toBe("Login Succeeded\n");
    s.wait(13 * 3600);
    expect(s.docker("push", `${REGISTRY}/hello-web:1.0`).stderr).toContain(
      "Your authorization token has expired",
    );
  });

  it("will not push to a repository that does not exist", () => {
    const s = new Scenario();
    s.docker("build", "-t", "hello-web:1.0", ".");
    const token = s.call("ecr", "GetLoginPassword") as string;
    s.dockerWithInput(token, "login", "--username", "AWS", "--password-stdin", REGISTRY);
    s.docker("tag", "hello-web:1.0", `${REGISTRY}/hello-web:1.0`);
    expect(s.docker("push", `${REGISTRY}/hello-web:1.0`).stderr).toContain(
      "name unknown: The repository with name 'hello-web' does not exist in the registry with id '123456789012'",
    );
  });
});

describe("networking and scaling", () => {
  it("will not delete a security group another group's rule refers to", () => {
    const s = new Scenario();
    const groups = s.securityGroups();
    expect(s.error("ec2", "DeleteSecurityGroup", { GroupId: groups.alb })?.code).toBe(
      "DependencyViolation",
    );
  });

  it("needs a scalable target before a scaling policy", () => {
    const s = new Scenario();
    s.deployed();
    const error = s.error("autoscaling", "PutScalingPolicy", {
      ServiceNamespace: "ecs",
      ScalableDimension: "ecs:service:DesiredCount",
      ResourceId: "service/demo/hello-svc",
      PolicyName: "cpu60",
      PolicyType: "TargetTrackingScaling",
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 60,
        PredefinedMetricSpecification: { PredefinedMetricType: "ECSServiceAverageCPUUtilization" },
      },
    });
    expect(error?.code).toBe("ObjectNotFoundException");
  });

  it("brings the desired count inside a new scalable target's range", () => {
    const s = new Scenario();
    s.deployed();
    s.call("autoscaling", "RegisterScalableTarget", {
      ServiceNamespace: "ecs",
      ScalableDimension: "ecs:service:DesiredCount",
      ResourceId: "service/demo/hello-svc",
      MinCapacity: 3,
      MaxCapacity: 10,
    });
    expect(s.state.account.services[0]!.desiredCount).toBe(3);
  });
});
