// The casus access rules moved to the policy layer; this keeps existing imports working.
export * from '../policy/access.ts';
