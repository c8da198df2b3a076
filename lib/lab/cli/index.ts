/**
 * The lab's AWS CLI layer: parse what a student types after `aws`, print responses as the CLI
 * does, judge waiter polls, and complete words. Pure functions, no React; see each module.
 */
export type { AwsCommand, Globals, OutputFormat, ParseContext, ParseResult } from "./parse";
export { CLI_VERSION, parseAwsCommand, USAGE } from "./parse";
export type { FormatOptions, FormatResult } from "./output";
export { cliError, formatOutput } from "./output";
export type { WaiterError, WaiterStep } from "./waiters";
export {
  evaluateWaiter,
  explainAcceptor,
  listWaiters,
  waiterDelay,
  waiterMaxAttempts,
  waiterTimeoutMessage,
} from "./waiters";
export { completeAws } from "./complete";
export { getCommand, getShape, operationNames, serviceNames, waiterNames } from "./api";
export { xformName } from "./xform";
