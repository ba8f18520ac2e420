/**
 * Await chains in segments: how a task drives a deep `await f()` chain without the host
 * stack growing with it (issue 10: async recursion must end in RecursionError at CPython's
 * depth, and a Chromium worker's stack held only ~650 of CPython's 989 levels).
 *
 * Inline, a task's step resumes its coroutine, whose body resumes the coroutine it awaits
 * (await.ts CoroutineAwait), and so on down the chain: about 8 host frames per level, all on
 * the stack at every resume, as CPython's C stack holds every `gen_send_ex` of the chain.
 * Here the chain is cut into segments of at most `segmentFrames` Python frames. An await that
 * would start a coroutine past that depth becomes the *boundary* of its segment: instead of
 * resuming the coroutine inline it answers SEG_DOWN, a yield that travels up its segment to
 * the task, and the task starts the coroutine itself as the root of a new segment. Every
 * later resume of the chain is a pass per segment, outermost first, each from the task's own
 * frame (`resumeChain`):
 *  - down: the task's send or throw goes into segment 0; it travels down as it would inline
 *    (each frame records `resumed` on a send, outermost first) until the boundary, which
 *    answers SEG_DOWN; then the same send or throw goes into the next segment;
 *  - up: what the innermost segment ended with (a yield, its root's return value or
 *    exception) goes into the segment above as SEG_UP, with the outcome in `carry`: its
 *    boundary answers with that outcome as the inline resume would have returned or thrown
 *    it, and the frames above it record what they would have (`awaited` on a yield, innermost
 *    first; after a throw, `resumed` once the awaited coroutine finished), up to the task.
 * Python frames are counted as inline: a segment root is resumed with the stack depth its
 * boundary had, so RecursionError comes at the same level (call-stack.ts).
 *
 * A coroutine whose segment is cut below it is RUNNING to Python code while the segments
 * under it run (`SEGMENTED`, coroutine.ts), as it would be inline. Only a task's chain is
 * cut, and only along awaits: a coroutine driven by hand (`coro.send()`, an async
 * generator's awaitable driven by hand) counts in `stack.handDriven`, and no boundary is made
 * under it, since SEG_DOWN must reach the task and nothing else.
 */
import type { Value } from '../../runtime/values';
import { Thrown } from '../../runtime/thrown';
import { CREATED, type Coroutine } from './coroutine';
import type { PyModelContext } from './context';

type Step = IteratorResult<unknown, Value>;

/** What a boundary's segment yields up to the task: start (or resume) the segment below. */
export const SEG_DOWN: unknown = Object.freeze({ segment: 'down' });
/** What the task sends into a segment whose boundary is to take `carry`. */
export const SEG_UP: unknown = Object.freeze({ segment: 'up' });
export const SEG_DOWN_STEP: Step = Object.freeze({ value: SEG_DOWN, done: false }) as Step;

/** Python frames per segment (default). Every host holds this many levels of the costliest await shape with room to spare. */
export const SEGMENT_FRAMES = 100;

let segmentFramesDefault = SEGMENT_FRAMES;

/**
 * For tests only (tests/support/trampoline-setup.ts): the segment size of the runs started
 * after this; 1 cuts the chain at nearly every await of a coroutine, to check that segmented
 * and inline chains run and record alike.
 */
export function setSegmentFramesForTests(frames: number): void {
  segmentFramesDefault = frames;
}

/** The outcome a segment ended with, handed to the boundary above it. */
const CARRY_YIELD = 0;
const CARRY_RETURN = 1;
const CARRY_THROW = 2;

/** One segment of a task's chain: its root coroutine and the stack depth it runs at. */
export interface Segment {
  readonly coro: Coroutine;
  readonly base: number;
  /**
   * The exception its boundary's frames were handling when the boundary was made (call-stack.ts
   * `handled`), which the root sees as the frames below it, as inline. It cannot change while
   * the segment lives: those frames all wait in the await that ends in this segment.
   */
  readonly handled: unknown;
}

/** The segment state a run's Python context holds (`ctx.seg`). */
export class SegmentState {
  readonly frames = segmentFramesDefault;
  /** A task's chain driver is resuming a segment now (the boundary's SEG_DOWN reaches it). */
  driving = false;
  /** The stack depth the segment running now started at. */
  base = 0;
  /** `stack.handDriven` when that segment was entered: more means something drives by hand. */
  hand = 0;
  /** The coroutine a boundary just left unstarted for the driver, and its depth. */
  started: Coroutine | null = null;
  startedBase = 0;
  startedHandled: unknown = undefined;
  /** The outcome being handed up (CARRY_*): a Step for a yield, the value, or the Thrown. */
  carryKind = CARRY_YIELD;
  carry: unknown = undefined;
  /** (driving, base, hand) of the drivers this one interrupted: an eager task's first step runs inside another's. */
  private readonly outer: number[] = [];

  /**
   * A driver resumes the root of a segment that starts at depth `base`: until `leave`, awaits
   * are cut relative to it. Calls, not a wrapper around the resume: a wrapper would be one more
   * host frame per level of eager `await create_task(f())` recursion, which runs on the host stack.
   */
  enter(base: number, hand: number): void {
    this.outer.push(this.driving ? 1 : 0, this.base, this.hand);
    this.driving = true;
    this.base = base;
    this.hand = hand;
  }

  leave(): void {
    const o = this.outer;
    this.hand = o.pop()!;
    this.base = o.pop()!;
    this.driving = o.pop() === 1;
  }
}

/** Whether an await of `coro` here is to be a boundary: its start left to the driver. */
export function cutsHere(ctx: PyModelContext, coro: Coroutine): boolean {
  const seg = ctx.seg;
  const stack = ctx.stack;
  return (
    seg.driving &&
    stack.depth - seg.base >= seg.frames &&
    stack.handDriven === seg.hand &&
    !coro.quiet &&
    coro.state === CREATED &&
    ctx.runningCoro !== null
  );
}

/** A boundary hands `coro` to the driver: the yield it answers with. */
export function cut(ctx: PyModelContext, coro: Coroutine): Step {
  const seg = ctx.seg;
  seg.started = coro;
  seg.startedBase = ctx.stack.depth;
  seg.startedHandled = ctx.stack.handled;
  return SEG_DOWN_STEP;
}

/**
 * The chain's segments below the task's coroutine, while some are cut (`null`: none, the
 * chain is resumed inline). Kept by the task (task.ts `segments`).
 */
export interface ChainOwner {
  readonly coro: Coroutine;
  segments: Segment[] | null;
}

/**
 * `coro.send(v)` / `coro.throw(v)` of a task's step, through the segments of its cut chain:
 * returns or throws what the inline resume of the whole chain would have.
 */
export function resumeChain(ctx: PyModelContext, owner: ChainOwner, isThrow: boolean, v: unknown): Step {
  return driveSegments(ctx, owner, owner.segments!, isThrow, v, false);
}

/**
 * The step that resumed `owner.coro` at depth `base` with (`isThrow`, `v`) got SEG_DOWN: its
 * chain is cut from now on (the task resumes an uncut chain itself, task.ts, as enterSegment
 * would: no host frame between the task and its coroutine).
 */
export function cutChain(ctx: PyModelContext, owner: ChainOwner, base: number, isThrow: boolean, v: unknown): Step {
  owner.segments = [{ coro: owner.coro, base, handled: undefined }];
  return driveSegments(ctx, owner, owner.segments, isThrow, v, true);
}

/**
 * The passes of one step, from segment 0: down (`up` false: the step's own send or throw
 * into segment `i`) or up (SEG_UP with `seg.carry`). `cutNow`: segment 0 has just answered
 * SEG_DOWN (cutChain).
 */
function driveSegments(ctx: PyModelContext, owner: ChainOwner, segs: Segment[], isThrow: boolean, v: unknown, cutNow: boolean): Step {
  const seg = ctx.seg;
  let i = 0;
  let up = false;
  let r: Step | undefined = cutNow ? SEG_DOWN_STEP : undefined;
  let thrown: Thrown | undefined;
  for (;;) {
    if (r === undefined) {
      const s = segs[i]!;
      try {
        // Segment 0 is the task's own coroutine: it sees what the step's caller handles.
        const handled = i === 0 ? ctx.stack.handled : s.handled;
        r = up ? enterSegment(ctx, s.coro, s.base, handled, false, SEG_UP) : enterSegment(ctx, s.coro, s.base, handled, isThrow, v);
      } catch (e) {
        if (!(e instanceof Thrown)) throw e;
        thrown = e;
      }
    }
    if (r !== undefined && r.value === SEG_DOWN && r.done !== true) {
      const started = seg.started;
      if (started !== null) {
        // A boundary left a coroutine unstarted: it is the root of a new innermost segment.
        seg.started = null;
        segs.push({ coro: started, base: seg.startedBase, handled: seg.startedHandled });
        seg.startedHandled = undefined;
        isThrow = false;
        v = undefined;
      }
      // Otherwise an open boundary took the step's send or throw: it goes on to the segment below.
      i++;
      up = false;
      r = undefined;
      continue;
    }
    if (i === 0) {
      if (segs.length <= 1) owner.segments = null;
      if (thrown !== undefined) throw thrown;
      return r!;
    }
    if (thrown !== undefined) {
      segs.length = i;
      seg.carryKind = CARRY_THROW;
      seg.carry = thrown;
    } else if (r!.done === true) {
      segs.length = i;
      seg.carryKind = CARRY_RETURN;
      seg.carry = r!.value;
    } else {
      seg.carryKind = CARRY_YIELD;
      seg.carry = r;
    }
    i--;
    up = true;
    r = undefined;
    thrown = undefined;
  }
}

/** Resume a segment's root at the depth its boundary had, as its driver. */
function enterSegment(ctx: PyModelContext, coro: Coroutine, base: number, handled: unknown, isThrow: boolean, v: unknown): Step {
  const seg = ctx.seg;
  const stack = ctx.stack;
  const depth = stack.depth;
  const outerHandled = stack.handled;
  stack.depth = base;
  stack.handled = handled;
  seg.enter(base, stack.handDriven);
  try {
    return coro.resume(isThrow, v);
  } finally {
    stack.depth = depth;
    stack.handled = outerHandled;
    seg.leave();
  }
}

/** What the boundary answers when SEG_UP comes down to it: the carried outcome, as the inline resume gave it. */
export function takeCarry(ctx: PyModelContext): Step {
  const seg = ctx.seg;
  const kind = seg.carryKind;
  const carry = seg.carry;
  seg.carry = undefined;
  if (kind === CARRY_THROW) throw carry;
  if (kind === CARRY_RETURN) return { value: carry as Value, done: true };
  return carry as Step;
}
