export * from './format';
export { exportBackup, serializeBackup } from './export';
export { readBackup, type ReadResult } from './read';
export { importBackup, importBackupText } from './import';
