import { z } from 'zod';
import { COMMANDS } from './commands';
import { QUERIES } from './queries';

export const DATA_PORT_NAME = 'buyerguard-data';

const queryNames = Object.keys(QUERIES) as [keyof typeof QUERIES, ...(keyof typeof QUERIES)[]];
const commandNames = Object.keys(COMMANDS) as [keyof typeof COMMANDS, ...(keyof typeof COMMANDS)[]];
const requestId = z.number().int().nonnegative();

/** Client → background over the data port. Arguments are checked again against each query's or command's own schema. */
export const dataRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('subscribe'), id: requestId, name: z.enum(queryNames), args: z.unknown() }),
  z.object({ kind: z.literal('unsubscribe'), id: requestId }),
  z.object({ kind: z.literal('run'), id: requestId, name: z.enum(commandNames), args: z.unknown() }),
]);
export type DataRequest = z.infer<typeof dataRequestSchema>;

/** Background → client. */
export const dataResponseSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('result'), id: requestId, result: z.unknown() }),
  z.object({ kind: z.literal('error'), id: requestId, message: z.string() }),
]);
export type DataResponse = z.infer<typeof dataResponseSchema>;
