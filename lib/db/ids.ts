/** Random, collision-safe record ids (crypto.randomUUID is in every context we run in). */
export function newId(): string {
  return crypto.randomUUID();
}
