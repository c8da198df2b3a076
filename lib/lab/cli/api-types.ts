/**
 * The shape of aws-api.json, which scripts/generate-lab-api.ts derives from the AWS SDK's API
 * models. If you change these types, regenerate the JSON (`npx tsx scripts/generate-lab-api.ts`).
 */

export type ScalarType =
  "string" | "integer" | "long" | "boolean" | "double" | "float" | "timestamp" | "blob";

export type ShapeType = ScalarType | "list" | "structure" | "map";

/** One shape of a service, named as the SDK's typings name it (`CreateServiceRequest`, `LaunchType`). */
export interface ApiShape {
  type: ShapeType;
  /** structure: member name → shape name, in the model's order (the order botocore lists them). */
  members?: Record<string, string>;
  required?: string[];
  /** list: the element's shape. */
  member?: string;
  /** map: the key's and the value's shapes. */
  key?: string;
  value?: string;
  /** The values the service accepts, for help and completion only: the CLI does not check them. */
  enum?: string[];
  min?: number;
  max?: number;
}

export interface ApiOperation {
  /** The API's name: `CreateService`. */
  name: string;
  /** The input structure's shape name, or absent for an operation without input. */
  input?: string;
  /** CLI flag (without `--`) → input member, in the model's order. */
  flags: Record<string, string>;
}

export interface ApiAcceptor {
  state: "success" | "failure" | "retry";
  matcher: "path" | "pathAll" | "pathAny" | "status" | "error";
  expected: string | number | boolean;
  argument?: string;
}

export interface ApiWaiter {
  /** botocore's waiter name: `ServicesStable`. */
  name: string;
  /** The operation it polls (its API name). */
  operation: string;
  delay: number;
  maxAttempts: number;
  acceptors: ApiAcceptor[];
}

export interface ApiService {
  /** The model file it came from, e.g. `ecs-2014-11-13`. */
  model: string;
  /** CLI operation name (kebab) → operation. */
  operations: Record<string, ApiOperation>;
  /** CLI waiter name (kebab) → waiter. */
  waiters: Record<string, ApiWaiter>;
  shapes: Record<string, ApiShape>;
}

export interface LabApi {
  /** CLI service name (`elbv2`) → service. */
  services: Record<string, ApiService>;
}
