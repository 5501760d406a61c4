// Retries of external tasks are counted by the worker, not the engine: the engine stores what we send,
// and retries 0 creates an incident (reference/camunda-platform.md §5 "Retries and incidents").

export interface RetryPolicy {
  /** Attempts after the first failure; the task's `retries` is null until the first failure. */
  retries: number;
  /** Wait before the first retry; doubled for every further one. */
  backoffMs: number;
  maxBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { retries: 3, backoffMs: 2_000, maxBackoffMs: 5 * 60_000 };

export interface NextAttempt {
  retries: number;
  retryTimeout: number;
}

export function retriesLeft(taskRetries: number | null | undefined, policy: RetryPolicy): number {
  return taskRetries ?? policy.retries;
}

/** What to send with handleFailure after a failed attempt. */
export function nextAttempt(taskRetries: number | null | undefined, policy: RetryPolicy): NextAttempt {
  const left = retriesLeft(taskRetries, policy);
  const retries = Math.max(0, left - 1);
  if (retries === 0) return { retries, retryTimeout: 0 };
  // 0 on the first failure; an operator raising retries above the policy starts again at the base.
  const attempt = Math.max(0, policy.retries - left);
  return { retries, retryTimeout: Math.min(policy.backoffMs * 2 ** attempt, policy.maxBackoffMs) };
}

export function assertValidRetryPolicy(policy: RetryPolicy, where: string): void {
  const ok =
    Number.isInteger(policy.retries) && policy.retries >= 0 &&
    Number.isFinite(policy.backoffMs) && policy.backoffMs >= 0 &&
    Number.isFinite(policy.maxBackoffMs) && policy.maxBackoffMs >= policy.backoffMs;
  if (!ok) {
    throw new Error(
      `${where}: retries must be an integer >= 0 and 0 <= retryBackoffMs <= maxRetryBackoffMs ` +
        `(got ${JSON.stringify(policy)})`,
    );
  }
}
