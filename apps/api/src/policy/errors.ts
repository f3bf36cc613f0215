/**
 * What a service or the policy says went wrong, in domain terms. Only the HTTP layer
 * (`http/problem.ts`, `toApiError`) turns these into statuses. Messages are Dutch: users read them.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Does not exist, or is a casus (or part of one) that the caller may not see: the two look alike. */
export class NotFound extends DomainError {
  constructor(what: string, id: string) {
    super(`${what} met id "${id}" bestaat niet.`);
  }
}

/** The caller's role or team does not allow this. */
export class Forbidden extends DomainError {}

/** The store's state refuses this (a duplicate, a record still in use). */
export class Conflict extends DomainError {}
