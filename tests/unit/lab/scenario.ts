/**
 * A deployment built by calling the lab's service handlers directly (no CLI in between), so a
 * rule's test states only what differs from a working set-up.
 */
import { EXECUTION_ROLE_POLICY_ARN } from "@/lib/lab/account";
import { createLab } from "@/lib/lab";
import { autoscalingHandlers } from "@/lib/lab/aws/autoscaling";
import type { Ctx, Handler, Params } from "@/lib/lab/aws/context";
import { ec2Handlers } from "@/lib/lab/aws/ec2";
import { ecrHandlers } from "@/lib/lab/aws/ecr";
import { ecsHandlers } from "@/lib/lab/aws/ecs";
import { elbv2Handlers } from "@/lib/lab/aws/elbv2";
import { iamHandlers, logsHandlers } from "@/lib/lab/aws/logs-iam-sts";
import { runDocker } from "@/lib/lab/docker";
import { AwsError } from "@/lib/lab/errors";
import { advanceState } from "@/lib/lab/sim";
import type { LabState, Task } from "@/lib/lab/types";

const services: Record<string, Record<string, Handler>> = {
  autoscaling: autoscalingHandlers,
  ec2: ec2Handlers,
  ecr: ecrHandlers,
  ecs: ecsHandlers,
  elbv2: elbv2Handlers,
  iam: iamHandlers,
  logs: logsHandlers,
};

export const ACCOUNT = "123456789012";
export const REGISTRY = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com`;

export function taskDefinition(
  overrides: Record<string, unknown> = {},
  container: Record<string, unknown> = {},
) {
  return {
    family: "hello-web",
    requiresCompatibilities: ["FARGATE"],
    networkMode: "awsvpc",
    cpu: "256",
    memory: "512",
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    runtimePlatform: { operatingSystemFamily: "LINUX", cpuArchitecture: "X86_64" },
    containerDefinitions: [
      {
        name: "web",
        image: `${REGISTRY}/hello-web:1.0`,
        essential: true,
        portMappings: [{ containerPort: 80, protocol: "tcp" }],
        logConfiguration: {
          logDriver: "awslogs",
          options: {
            "awslogs-group": "/ecs/hello-web",
            "awslogs-region": "us-east-1",
            "awslogs-stream-prefix": "ecs",
          },
        },
        ...container,
      },
    ],
    ...overrides,
  };
}

export class Scenario {
  state: LabState = createLab();

  get ctx(): Ctx {
    return { state: this.state, account: this.state.account, region: "us-east-1" };
  }

  /** Calls `service`'s `operation`; returns its output, or throws the AwsError. */
  // Outputs are the CLI's JSON shapes; tests read them like a student reads the output.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call(service: string, operation: string, params: Params = {}): any {
    return services[service]![operation]!(this.ctx, params);
  }

  /** The AwsError a call throws, or undefined when it succeeds. */
  error(service: string, operation: string, params: Params = {}): AwsError | undefined {
    try {
      this.call(service, operation, params);
      return undefined;
    } catch (error) {
      if (error instanceof AwsError) return error;
      throw error;
    }
  }

  docker(...args: string[]) {
    return runDocker(this.ctx, args, undefined);
  }

  dockerWithInput(stdin: string, ...args: string[]) {
    return runDocker(this.ctx, args, stdin);
  }

  wait(seconds: number) {
    advanceState(this.state, seconds * 1000);
  }

  subnet(name: string) {
    return this.state.account.subnets.find((s) => s.Tags.some((t) => t.Value === name))!.SubnetId;
  }

  get vpc() {
    return this.state.account.vpc.VpcId;
  }

  tasks(group = "service:hello-svc"): Task[] {
    return this.state.account.tasks.filter((t) => t.group === group);
  }

  // ---- the steps of a working deployment --------------------------------------------------

  image(options: { platform?: string; tag?: string } = {}) {
    const tag = options.tag ?? "1.0";
    this.docker(
      "build",
      "--platform",
      options.platform ?? "linux/amd64",
      "-t",
      `hello-web:${tag}`,
      ".",
    );
    if (!this.state.account.repositories.some((r) => r.repositoryName === "hello-web")) {
      this.call("ecr", "CreateRepository", {
        repositoryName: "hello-web",
        imageTagMutability: "IMMUTABLE",
      });
    }
    const token = this.call("ecr", "GetLoginPassword") as string;
    this.dockerWithInput(token, "login", "--username", "AWS", "--password-stdin", REGISTRY);
    this.docker("tag", `hello-web:${tag}`, `${REGISTRY}/hello-web:${tag}`);
    return this.docker("push", `${REGISTRY}/hello-web:${tag}`);
  }

  role(options: { policy?: boolean } = {}) {
    this.call("iam", "CreateRole", {
      RoleName: "ecsTaskExecutionRole",
      AssumeRolePolicyDocument: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: { Service: "ecs-tasks.amazonaws.com" },
            Action: "sts:AssumeRole",
          },
        ],
      }),
    });
    if (options.policy !== false) {
      this.call("iam", "AttachRolePolicy", {
        RoleName: "ecsTaskExecutionRole",
        PolicyArn: EXECUTION_ROLE_POLICY_ARN,
      });
    }
  }

  logGroup() {
    this.call("logs", "CreateLogGroup", { logGroupName: "/ecs/hello-web" });
  }

  register(overrides: Record<string, unknown> = {}, container: Record<string, unknown> = {}) {
    return this.call("ecs", "RegisterTaskDefinition", taskDefinition(overrides, container));
  }

  /** Image, role, log group, task definition and cluster: what a task needs. */
  basics() {
    this.image();
    this.role();
    this.logGroup();
    this.register();
    this.call("ecs", "CreateCluster", { clusterName: "demo" });
    return this;
  }

  /** Lets TCP `port` into `group` from a CIDR block or from another group. */
  allow(group: string, port: number, from: { CidrIp: string } | { GroupId: string }) {
    this.call("ec2", "AuthorizeSecurityGroupIngress", {
      GroupId: group,
      IpPermissions: [
        {
          IpProtocol: "tcp",
          FromPort: port,
          ToPort: port,
          ...("CidrIp" in from ? { IpRanges: [from] } : { UserIdGroupPairs: [from] }),
        },
      ],
    });
  }

  securityGroups(options: { chained?: boolean } = {}) {
    const alb = this.call("ec2", "CreateSecurityGroup", {
      GroupName: "hello-alb-sg",
      Description: "alb",
      VpcId: this.vpc,
    }).GroupId;
    this.allow(alb, 80, { CidrIp: "0.0.0.0/0" });
    const task = this.call("ec2", "CreateSecurityGroup", {
      GroupName: "hello-task-sg",
      Description: "tasks",
      VpcId: this.vpc,
    }).GroupId;
    if (options.chained !== false) {
      this.allow(task, 80, { GroupId: alb });
    }
    return { alb: alb as string, task: task as string };
  }

  loadBalancer(groups: { alb: string }, options: { targetType?: string } = {}) {
    const tg = this.call("elbv2", "CreateTargetGroup", {
      Name: "hello-tg",
      Protocol: "HTTP",
      Port: 80,
      VpcId: this.vpc,
      TargetType: options.targetType ?? "ip",
    }).TargetGroups[0].TargetGroupArn as string;
    this.call("elbv2", "ModifyTargetGroupAttributes", {
      TargetGroupArn: tg,
      Attributes: [{ Key: "deregistration_delay.timeout_seconds", Value: "30" }],
    });
    const lb = this.call("elbv2", "CreateLoadBalancer", {
      Name: "hello-alb",
      Subnets: [this.subnet("lab-public-a"), this.subnet("lab-public-b")],
      SecurityGroups: [groups.alb],
    }).LoadBalancers[0];
    this.wait(60);
    this.call("elbv2", "CreateListener", {
      LoadBalancerArn: lb.LoadBalancerArn,
      Protocol: "HTTP",
      Port: 80,
      DefaultActions: [{ Type: "forward", TargetGroupArn: tg }],
    });
    return { tg, lbArn: lb.LoadBalancerArn as string, dns: lb.DNSName as string };
  }

  service(groups: { task: string }, tg: string, options: Record<string, unknown> = {}) {
    return this.call("ecs", "CreateService", {
      cluster: "demo",
      serviceName: "hello-svc",
      taskDefinition: "hello-web:1",
      desiredCount: 2,
      launchType: "FARGATE",
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: [this.subnet("lab-public-a"), this.subnet("lab-public-b")],
          securityGroups: [groups.task],
          assignPublicIp: "ENABLED",
        },
      },
      loadBalancers: [{ targetGroupArn: tg, containerName: "web", containerPort: 80 }],
      healthCheckGracePeriodSeconds: 60,
      ...options,
    });
  }

  /** The whole working deployment of the lesson, settled with healthy targets. */
  deployed() {
    this.basics();
    const groups = this.securityGroups();
    const lb = this.loadBalancer(groups);
    this.service(groups, lb.tg);
    this.wait(300);
    return { groups, ...lb };
  }

  runTask(
    subnets: string[],
    options: { publicIp?: boolean; securityGroups?: string[]; taskDefinition?: string } = {},
  ): Task {
    const result = this.call("ecs", "RunTask", {
      cluster: "demo",
      taskDefinition: options.taskDefinition ?? "hello-web:1",
      launchType: "FARGATE",
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: subnets.map((s) => this.subnet(s)),
          securityGroups: options.securityGroups ?? [],
          assignPublicIp: options.publicIp ? "ENABLED" : "DISABLED",
        },
      },
    });
    const arn = result.tasks[0].taskArn as string;
    return this.state.account.tasks.find((t) => t.taskArn === arn)!;
  }

  task(arn: string): Task {
    return this.state.account.tasks.find((t) => t.taskArn === arn)!;
  }

  targetStates(tg: string) {
    return this.state.account.targetGroups
      .find((g) => g.TargetGroupArn === tg)!
      .Targets.map((t) => t.State);
  }
}
