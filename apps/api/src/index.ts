export { type AppOptions, createApp } from './app.ts';
export { checkDatabase, type Db, migrate, openDatabase } from './db/database.ts';
export { MIGRATIONS } from './db/migrations.ts';
export { loadSampleIfEmpty, type RunningServer, SAMPLE_PATH, startServer } from './server.ts';
export { dumpDataset, importDataset, importRecords } from './services/dataset.service.ts';
export { buildNetwork } from './services/network.service.ts';
