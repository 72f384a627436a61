// The DPO reads times in Vietnam's own zone whatever the workstation's clock
// says, because the 72-hour deadline is argued about in local time.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const ICT_OFFSET_MS = 7 * 3600_000; // Vietnam has no daylight saving time.

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function pick(date: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of parts.formatToParts(date)) out[p.type] = p.value;
  return out;
}

/** dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh; empty for a missing or bad value. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = pick(d);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** dd/mm/yyyy in Asia/Ho_Chi_Minh. */
export function formatDate(iso: string | null | undefined): string {
  return formatDateTime(iso).slice(0, 10);
}

/** A `yyyy-mm-dd` day key (as the dashboard's byDay uses) shown as dd/mm. */
export function formatDayKey(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}` : day;
}

/** Value for an <input type="datetime-local">, in Vietnam time. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Date(d.getTime() + ICT_OFFSET_MS).toISOString().slice(0, 16);
}

/** An <input type="datetime-local"> value read as Vietnam time, to ISO UTC. */
export function fromLocalInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) - ICT_OFFSET_MS;
  return new Date(utc).toISOString();
}

/** A `yyyy-mm-dd` date input as the start (or end) of that day in Vietnam, ISO UTC. */
export function dayBoundary(value: string, end: boolean): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const start = Date.UTC(+m[1], +m[2] - 1, +m[3]) - ICT_OFFSET_MS;
  return new Date(end ? start + 86_400_000 - 1 : start).toISOString();
}

// Typed dates. Native date inputs follow the workstation's OS locale (an
// English Windows shows mm/dd/yyyy, where 10/11 is ambiguous), so the console
// takes Vietnamese dd/mm/yyyy text itself.

/** `dd/mm/yyyy` (also d/m/yyyy, `-` or `.` separators) → `yyyy-mm-dd`, or null if not a real date. */
export function parseVnDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** `yyyy-mm-dd` → `dd/mm/yyyy` (anything else is returned unchanged). */
export function formatVnDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}

/** `dd/mm/yyyy HH:mm` in Vietnam time → ISO UTC, or null. */
export function parseVnDateTime(text: string): string | null {
  const m = /^\s*(\S+)\s+(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const day = parseVnDate(m[1]);
  const [h, min] = [Number(m[2]), Number(m[3])];
  if (!day || h > 23 || min > 59) return null;
  return fromLocalInput(`${day}T${String(h).padStart(2, '0')}:${m[3]}`);
}
