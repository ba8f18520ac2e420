/**
 * `strftime` in the C locale (glibc), for `time.strftime` and `datetime.strftime`: the
 * directives snippets that print timestamps use. A directive the table does not know is
 * copied unchanged, as glibc does (`%Q` → `%Q`). The virtual time zone is UTC.
 */

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A broken-down time: `struct_time`'s fields (wday 0 = Monday, yday 1-based) plus microseconds. */
export interface BrokenDown {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  usec: number;
  /** `%z` / `%Z` text ('' for a naive datetime). */
  utcoffset: string;
  tzname: string;
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** Seconds since the epoch (UTC) → broken-down time (`time.gmtime`). */
export function brokenDown(seconds: number, usec = 0): BrokenDown {
  const d = new Date(seconds * 1000);
  const year = d.getUTCFullYear();
  const start = Date.UTC(year, 0, 1);
  const yday = Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - start) / 86400000) + 1;
  return {
    year,
    mon: d.getUTCMonth() + 1,
    mday: d.getUTCDate(),
    hour: d.getUTCHours(),
    min: d.getUTCMinutes(),
    sec: d.getUTCSeconds(),
    wday: (d.getUTCDay() + 6) % 7,
    yday,
    usec,
    utcoffset: '+0000',
    tzname: 'UTC',
  };
}

/** `%U` / `%W`: week of the year, weeks starting on Sunday / Monday. */
function weekNumber(t: BrokenDown, firstDay: 0 | 1): number {
  const sundayBased = (t.wday + 1) % 7;
  const wd = firstDay === 0 ? sundayBased : t.wday;
  return Math.floor((t.yday - 1 + 7 - wd) / 7);
}

export function strftime(format: string, t: BrokenDown): string {
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const one = (c: string): string | undefined => {
    switch (c) {
      case 'a':
        return (DAYS[t.wday] ?? '').slice(0, 3);
      case 'A':
        return DAYS[t.wday];
      case 'b':
      case 'h':
        return (MONTHS[t.mon - 1] ?? '').slice(0, 3);
      case 'B':
        return MONTHS[t.mon - 1];
      case 'c':
        return `${one('a')} ${one('b')} ${pad(t.mday, 2, ' ')} ${one('X')} ${t.year}`;
      case 'd':
        return pad(t.mday);
      case 'e':
        return pad(t.mday, 2, ' ');
      case 'D':
      case 'x':
        return `${pad(t.mon)}/${pad(t.mday)}/${pad(t.year % 100)}`;
      case 'f':
        return pad(t.usec, 6);
      case 'F':
        return `${t.year}-${pad(t.mon)}-${pad(t.mday)}`;
      case 'H':
        return pad(t.hour);
      case 'I':
        return pad(hour12);
      case 'j':
        return pad(t.yday, 3);
      case 'm':
        return pad(t.mon);
      case 'M':
        return pad(t.min);
      case 'p':
        return t.hour < 12 ? 'AM' : 'PM';
      case 'r':
        return `${pad(hour12)}:${pad(t.min)}:${pad(t.sec)} ${one('p')}`;
      case 'R':
        return `${pad(t.hour)}:${pad(t.min)}`;
      case 'S':
        return pad(t.sec);
      case 'T':
      case 'X':
        return `${pad(t.hour)}:${pad(t.min)}:${pad(t.sec)}`;
      case 'u':
        return String(t.wday + 1);
      case 'w':
        return String((t.wday + 1) % 7);
      case 'U':
        return pad(weekNumber(t, 0));
      case 'W':
        return pad(weekNumber(t, 1));
      case 'y':
        return pad(t.year % 100);
      case 'Y':
        return String(t.year);
      case 'z':
        return t.utcoffset;
      case 'Z':
        return t.tzname;
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      default:
        return undefined;
    }
  };
  // A directive is `%` and the next character; a lone `%` at the end stays as it is.
  return format.replace(/%(.?)/gs, (all, d: string) => (d === '' ? all : (one(d) ?? all)));
}
