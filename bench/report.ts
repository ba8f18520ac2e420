/**
 * What `npm run bench` prints: for each program and model, one line of ratios (the engine
 * against the native runtimes and the peer interpreters, every ratio from samples taken in
 * this run), then the times behind it (best ±spread, milliseconds); at the end, issue 10's
 * targets, each said to be met or missed and by how much.
 */
import type { ModelName } from '../src/engine/names';
import type { BenchProgram } from './programs';
import { engineSideId } from './sides/sides';
import type { Check } from './checks';
import { formatMs, formatRatio, summarize, type Summary } from './stats';

export interface SideResult {
  samples: number[];
  /** Events per run (engine sides recording). */
  events?: number;
  /** Engine sides: each sample's set-up part (parse, realm, model), in the samples' clock. */
  setup?: number[];
}

/** Per program name, per side id. */
export type Results = Map<string, Map<string, SideResult>>;

function get(results: Map<string, SideResult>, id: string): Summary | undefined {
  const r = results.get(id);
  return r && r.samples.length > 0 ? summarize(r.samples) : undefined;
}

const pct = (x: number) => `${x >= 0 ? '+' : ''}${Math.round(x * 100)}%`;
const rate = (events: number, ms: number) => `${(((events / ms) * 1000) / 1e6).toFixed(2)} M events/s`;

/** The native reference a model's program is held to (issue 10's targets), warm and cold. */
export function referenceOf(model: ModelName): { warm: string; cold: string; name: string } {
  if (model === 'js') return { warm: 'node warm', cold: 'node cold', name: 'Node' };
  if (model === 'python-eager')
    return { warm: 'cpython-3.12 eager virtual warm', cold: 'cpython-3.12 eager virtual cold', name: 'CPython 3.12 eager (virtual loop)' };
  return { warm: 'cpython-3.11 virtual warm', cold: 'cpython-3.11 virtual cold', name: 'CPython 3.11 (virtual loop)' };
}

export function programReport(program: BenchProgram, model: ModelName, r: Map<string, SideResult>): string[] {
  const e = (warm: boolean, record: boolean) => get(r, engineSideId(model, warm, record));
  const warmOn = e(true, true);
  const warmOff = e(true, false);
  const coldOn = e(false, true);
  const coldOff = e(false, false);
  const ratio = (side: string, label: string) => `${formatRatio(warmOff, get(r, side))} ${label}`;
  const parts: string[] = [];
  if (model === 'js') {
    parts.push(`${formatRatio(warmOff, get(r, 'node warm'))} Node warm`, `${formatRatio(coldOff, get(r, 'node cold'))} Node cold`);
    parts.push(ratio('sval', 'sval'), ratio('quickjs', 'QuickJS'));
  } else {
    const v = model === 'python-eager' ? 'cpython-3.12 eager' : 'cpython-3.11';
    const label = model === 'python-eager' ? '3.12 eager' : '3.11';
    parts.push(`${formatRatio(warmOff, get(r, `${v} virtual warm`))} ${label} virtual warm`);
    parts.push(`${formatRatio(coldOff, get(r, `${v} virtual cold`))} cold`);
    parts.push(`${formatRatio(warmOff, get(r, `${v} real warm`))} ${label} real-loop warm`);
    parts.push(`${formatRatio(coldOff, get(r, `${v} real cold`))} cold`);
    parts.push(ratio(model === 'python-eager' ? 'pyodide-3.14 eager' : 'pyodide-3.14', 'pyodide 3.14'));
  }
  // How many samples the warm bests are of (bench/run.ts: a short program's warm sides run more rounds).
  const warmRounds = warmOff && warmOff.count > 0 ? `; warm best of ${warmOff.count}` : '';
  const lines = [`${program.name.padEnd(16)} ${model.padEnd(12)} engine (recording off) ${parts.join(', ')}${warmRounds}`];
  const ev = r.get(engineSideId(model, true, true))?.events;
  const cost = warmOn && warmOff ? pct(warmOn.best / warmOff.best - 1) : 'n/a';
  const times = (s: Summary | undefined) => (s ? formatMs(s) : 'n/a');
  // The median set-up of the cold samples with recording off: how much of a cold run is set-up.
  const setup = r.get(engineSideId(model, false, false))?.setup;
  const coldSetup = setup && setup.length > 0 ? ` (set-up ${[...setup].sort((a, b) => a - b)[setup.length >> 1]!.toFixed(1)})` : '';
  lines.push(
    `    engine warm ${times(warmOff)}, recording ${times(warmOn)} (${cost}${ev && warmOn ? `, ${ev} events, ${rate(ev, warmOn.best)}` : ''});` +
      ` cold ${times(coldOff)}${coldSetup}, recording ${times(coldOn)}`,
  );
  return lines;
}

/** The times of every side that is not the engine, on one line. */
export function referencesLine(r: Map<string, SideResult>): string {
  const others = [...r.keys()].filter((id) => !id.startsWith('engine '));
  return `    ${others.map((id) => `${id} ${formatMs(summarize(r.get(id)!.samples))}`).join('; ')}`;
}

/** Issue 10's targets over everything measured. */
export function targetChecks(programs: BenchProgram[], results: Results): Check[] {
  const checks: Check[] = [];
  for (const p of programs) {
    const r = results.get(p.name);
    if (!r) continue;
    for (const model of p.models) {
      const ref = referenceOf(model);
      for (const warm of [true, false]) {
        const eng = get(r, engineSideId(model, warm, false));
        const native = get(r, warm ? ref.warm : ref.cold);
        if (!eng || !native) continue;
        const x = eng.best / native.best;
        const limit = model === 'js' ? 5 : 1;
        checks.push({
          text: `${p.name} ${model} ${warm ? 'warm' : 'cold'}: ×${x.toFixed(2)} ${ref.name} (target ≤ ×${limit})`,
          met: x <= limit,
        });
      }
      if (model === 'js')
        for (const peer of ['sval', 'quickjs']) {
          const eng = get(r, engineSideId(model, true, false));
          const other = get(r, peer);
          if (eng && other)
            checks.push({ text: `${p.name} js: ×${(eng.best / other.best).toFixed(2)} ${peer} (target < ×1)`, met: eng.best < other.best });
        }
      const on = get(r, engineSideId(model, true, true));
      const off = get(r, engineSideId(model, true, false));
      if (on && off) {
        const cost = on.best / off.best - 1;
        checks.push({ text: `${p.name} ${model}: recording costs ${pct(cost)} (target ≤ +50%)`, met: cost <= 0.5 });
        const ev = r.get(engineSideId(model, true, true))?.events;
        if (ev) {
          const perSec = (ev / on.best) * 1000;
          checks.push({ text: `${p.name} ${model}: ${rate(ev, on.best)} (target ≥ 2 M/s)`, met: perSec >= 2e6 });
        }
      }
    }
  }
  // Linear in the number of tasks: 100k tasks within 10× of 10k (the same program at two sizes).
  for (const lang of ['js', 'py'] as const) {
    const small = programs.find((p) => p.lang === lang && p.tasks === 10_000);
    const big = programs.find((p) => p.lang === lang && p.tasks === 100_000);
    if (!small || !big) continue;
    const ratioOf = (id: string) => {
      const a = results.get(small.name) && get(results.get(small.name)!, id);
      const b = results.get(big.name) && get(results.get(big.name)!, id);
      return a && b ? b.best / a.best : undefined;
    };
    for (const model of big.models) {
      // The native runtime's own ratio on the same program, measured in this run: the host's
      // collector and caches grow with the live tasks too (Node 20 and CPython 3.11 are
      // themselves above ×10 here), so a reader can tell the engine's share from the host's.
      const ref = referenceOf(model);
      const hostRatio = ratioOf(ref.warm);
      const host = hostRatio === undefined ? '' : `; ${ref.name} warm itself ×${hostRatio.toFixed(1)}`;
      for (const record of [true, false]) {
        const x = ratioOf(engineSideId(model, true, record));
        if (x === undefined) continue;
        checks.push({
          text: `${big.name} / ${small.name} ${model}${record ? ' recording' : ''}: ×${x.toFixed(1)} (target ≤ ×10${host})`,
          met: x <= 10,
        });
      }
    }
  }
  return checks;
}
