import type { Problem } from '@regiekaart/model';

/**
 * - `problem`: the server answered with an error status (body: RFC 9457 problem details)
 * - `network`: no answer at all (offline, server down)
 * - `invalid-response`: an answer that does not match the contract
 */
export type ApiErrorKind = 'problem' | 'network' | 'invalid-response';

/** Every failed API call throws this; `problem` is always filled, synthesised when the server sent none. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly problem: Problem,
    options?: { cause?: unknown },
  ) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title, options);
  }

  get status(): number {
    return this.problem.status;
  }

  /** Worth another try: the server was unreachable or failed, not the request. */
  get isTransient(): boolean {
    return this.kind === 'network' || this.status >= 500;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
