/**
 * A fixed-offset zone where it is early afternoon now (13:00–13:59 local), for
 * reminder tests: reminders come at the local reminder hour (9:00), so which of
 * them are already late depends on the time of day the suite happens to run.
 * Started in this zone, the browser sees the same afternoon whenever CI runs.
 */
export function afternoonZone(now = new Date()): string {
  let offset = 13 - now.getUTCHours();
  if (offset < -12) offset += 24;
  if (offset > 14) offset -= 24;
  // POSIX-style names: Etc/GMT-3 is three hours east of UTC.
  return offset === 0 ? 'Etc/UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
