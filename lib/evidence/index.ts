/*
 * The evidence pack: one zip with an index.html timeline (order facts,
 * deadlines, messages, evidence with thumbnails) and the original files,
 * ready to attach to a dispute.
 */
export { buildEvidencePack, evidenceIndexHtml, packFileName, packPaths, safeFileName, type EvidencePack, type PackFile, type PackInput } from './pack';
export { collectEvidencePack, type CollectOptions } from './collect';
export { escapeHtml } from './html';
