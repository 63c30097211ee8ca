import { z } from 'zod';
import { idSchema, instantSchema } from './primitives';

/** 200 MB per file: larger videos belong in the marketplace's own upload, not IndexedDB. */
export const MAX_EVIDENCE_BYTES = 200 * 1024 * 1024;

export const evidenceMetaSchema = z.object({
  id: idSchema,
  orderId: idSchema,
  kind: z.enum(['photo', 'video', 'screenshot', 'document']),
  name: z.string().min(1).max(255),
  mimeType: z.string().max(127),
  size: z.number().int().nonnegative().max(MAX_EVIDENCE_BYTES),
  note: z.string().max(2000).default(''),
  takenAt: instantSchema.optional(),
  addedAt: instantSchema,
});

export const evidenceSchema = evidenceMetaSchema.extend({
  blob: z.instanceof(Blob),
});
export type Evidence = z.infer<typeof evidenceSchema>;
