export * from './missing-partners.ts';
export * from './organisation-ties.ts';
export * from './overload.ts';
