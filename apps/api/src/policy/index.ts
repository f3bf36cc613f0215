// The one policy layer: who may see and change what. See README "Casus access".
export * from './access.ts';
export * from './errors.ts';
export * from './rules.ts';
