/**
 * An error a simulated AWS service returns. The console prints it the way the AWS CLI does:
 * `An error occurred (Code) when calling the Operation operation: message`.
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Shorthand for throwing an AwsError inside a handler. */
export function fail(code: string, message: string): never {
  throw new AwsError(code, message);
}
