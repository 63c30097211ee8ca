export * from './format';
export { exportBackup, serializeBackup } from './export';
export { readBackup, readBackupInSlices, type ReadResult } from './read';
export { ImportCancelled, type ImportOptions, type ImportProgress } from './progress';
export { importBackup, importBackupText } from './import';
