export * from './format';
export { exportBackup, serializeBackup } from './export';
export { readBackup, readBackupInSlices, type ReadResult } from './read';
export { ImportCancelled, type ImportOptions, type ImportProgress } from './progress';
export { importBackup, importBackupText, type BackupReader } from './import';
export { readBackupInWorker, type SpawnReader } from './read-off-thread';
