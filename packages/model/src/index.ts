export * from './accounts.ts';
export * from './analysis.ts';
export * from './common.ts';
export * from './dataset.ts';
export * from './entities.ts';
export * from './network.ts';
export * from './queries.ts';
export * from './vocabulary.ts';
