/**
 * The task definition checker of the lab's editor, the checks the simulated ECS API applies when
 * a task definition is registered, and Fargate's task sizes.
 */
export {
  describeCpu,
  describeMemory,
  fargateCpuValues,
  fargateMemoryValues,
  fargateOs,
  fargateSizes,
  isValidFargateSize,
  nearestFargateSizes,
  parseCpu,
  parseMemory,
} from "./sizes";
export type { FargateOs, FargateSize } from "./sizes";
export { parseImage } from "./image";
export type { ImageParse, ImageReference } from "./image";
export { checkTaskDefinition } from "./check";
export { validateRegistration } from "./register";
export type { RegistrationError } from "./register";
