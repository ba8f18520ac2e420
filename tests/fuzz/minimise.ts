/**
 * Shrinks a failing input while it still fails the same way (same fault kind under the
 * same front-end and model): whole lines first, then tokens, as delta debugging does, with
 * a bounded number of tries so a stubborn input cannot stall the fuzzer.
 */
import { classify, type Fault } from './classify';

const MAX_TRIES = 400;

export function minimise(source: string, fault: Fault): string {
  let tries = 0;
  const fails = (text: string) => {
    tries++;
    return classify(text, { frontEnd: fault.frontEnd, model: fault.model }).faults.some((f) => f.kind === fault.kind);
  };
  let best = source;
  for (const split of [(t: string) => t.split(/(?<=\n)/), (t: string) => t.match(/[A-Za-z_$][\w$]*|\s+|./gs) ?? []]) {
    let parts = split(best);
    for (let chunk = Math.max(1, Math.floor(parts.length / 2)); chunk >= 1 && tries < MAX_TRIES; chunk = Math.floor(chunk / 2)) {
      for (let i = 0; i < parts.length && tries < MAX_TRIES;) {
        const candidate = [...parts.slice(0, i), ...parts.slice(i + chunk)];
        if (candidate.length > 0 && fails(candidate.join(''))) parts = candidate;
        else i += chunk;
      }
    }
    best = parts.join('');
  }
  return best;
}
