/**
 * Stamps events with `seq` and virtual `time` and keeps them, packed, until the next drain.
 *
 * Recording can be switched off (CLI without --events, benchmarks): `on` is false and
 * every emit is a cheap early return, so hot paths may call `emit` unconditionally —
 * but should guard expensive formatting with `if (rec.on)`.
 *
 * Events are written straight into the packed form the worker sends to the page
 * (packed-writer.ts), not kept as objects: an object per await, alive until the slice
 * ended, was most of what recording cost (issue 10: +735 % on an await chain, the garbage
 * collector promoting millions of them). The events of every await, call and loop turn
 * (`turn`, `enqueue`, `dequeue`, `invocation`, `started`, `awaited`, `resumed`, `resolved`,
 * `print`) have a method each that writes their slots directly, with the keys in the order
 * the event's object has them (`tests/events/recorder.test.ts` checks each against `emit`);
 * `emit` takes any other event as an object. `drainPacked()` hands the batch over as is;
 * `drain()` decodes it into objects for the CLI and the tests. What every event shares (the
 * count, admitting it, the batch's buffers, the time slot, the drains) is RecorderCore
 * (recorder-core.ts); this file is the event methods.
 */
import { StringMemo, type Kind } from './packed-writer';
import { RecorderCore } from './recorder-core';
import type { InvocationKind, Pos, QueueName } from './types';
import {
  invocationShape,
  PrefixedLabelShapes,
  queueVariant,
  registerShape,
  shapeCache,
  UNSET,
  variantOf,
  type ShapeCache,
} from './recorder-shapes';

/** Entries of a recorder's site tables (a power of two). */
const SITES = 64;

/** A site's table slot: its position's line and column, hashed (no identity hash needed). */
function siteSlot(loc: Pos): number {
  return (loc.line * 31 + loc.col) & (SITES - 1);
}

/**
 * What an `awaited`, `invocation` or `started` event at one source position wrote the last
 * time: the shape it took, its position's table index and its text's (the awaited `what`, the
 * callee's name), which are this recorder's for good (its writer's tables only grow). An
 * event at the same position object with the same text and variant writes them again without
 * looking anything up: in a run of the await chain, finding the position, the text and the
 * shape was most of what these events cost, and they were most of what recording added (issue
 * 10: recording adds at most 50 %; ARCHITECTURE.md, "Events").
 */
class SiteEntry {
  constructor(
    readonly loc: Pos,
    readonly text: string,
    /** Which optional keys the event has: `on` (awaited), or `parent` * 2 + `traced` (invocation). */
    readonly variant: number,
    readonly shape: number,
    readonly at: number,
    /** Whether the position was interned as other JSON (kind 'j'), not a plain position ('l'). */
    readonly json: boolean,
    readonly textId: number,
    /** `invocation`'s kind and its table index (unused by `awaited`). */
    readonly kind: string = '',
    readonly kindId: number = 0,
  ) {}
}

export class Recorder extends RecorderCore {
  /*
   * The shape of each variant of the most frequent events, in a field of its own (UNSET until
   * its first event): one read of the recorder, where a table per method was two more objects
   * an event touched. `invocation` and `print`, with many variants, keep a table.
   */
  private turnShape = UNSET;
  private startedNone = UNSET;
  private startedPos = UNSET;
  private startedJson = UNSET;
  private awaitedNone = UNSET;
  private awaitedNoneOn = UNSET;
  private awaitedPos = UNSET;
  private awaitedPosOn = UNSET;
  private awaitedJson = UNSET;
  private awaitedJsonOn = UNSET;
  private resumedNone = UNSET;
  private resumedBy = UNSET;
  private resolvedString = UNSET;
  private resolvedInt = UNSET;
  /** The queue of the last enqueue event and its shape (most are the microtask queue's). */
  private enqueueLast: QueueName | undefined = undefined;
  private enqueueLastShape = 0;
  private dequeueLast: QueueName | undefined = undefined;
  private dequeueLastShape = 0;

  /** recorder-shapes.ts `registerShape`, for one variant of a method whose shapes are in a table. */
  private registerIn(c: ShapeCache, variant: number, keys: string[], kinds: Kind[], consts?: (string | null)[]): number {
    return (c.ids[variant] = registerShape(this.w, c.type, keys, kinds, consts));
  }

  // One memo per string field of the methods below (packed-writer.ts StringMemo).
  private readonly enqueueLabel = new StringMemo();
  private readonly awaitedWhat = new StringMemo();
  /** The last awaited event of each await site, invocation of each call site and start of each start site, by `siteSlot`. */
  private readonly awaitSites: (SiteEntry | undefined)[] = Array.from({ length: SITES }, () => undefined);
  private readonly callSites: (SiteEntry | undefined)[] = Array.from({ length: SITES }, () => undefined);
  private readonly startSites: (SiteEntry | undefined)[] = Array.from({ length: SITES }, () => undefined);
  private readonly resolvedValue = new StringMemo();
  private readonly invocationKind = new StringMemo();
  private readonly invocationName = new StringMemo();
  private readonly printText = new StringMemo();

  turn(n: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.turnShape;
    if (shape === UNSET) shape = this.turnShape = registerShape(this.w, 'turn', ['type', 'n', 'seq', 'time'], ['c', 'n', 'q', 'n']);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = this.w.number(n);
    this.end(s, k + 1);
  }

  private readonly enqueueShapes = shapeCache('enqueue');
  enqueue(queue: QueueName, item: number, label: string): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const shape = queue === this.enqueueLast ? this.enqueueLastShape : this.enqueueShape(queue);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    s[++k] = this.enqueueLabel.id(this.w, label);
    this.end(s, k + 1);
  }

  private readonly numberedShapes = new PrefixedLabelShapes();
  /**
   * `{ type: 'enqueue', queue, item, label: prefix + n }`, the label written as its number
   * (packed-writer.ts kind 'p', the prefix a constant of the shape): a Task's default name,
   * `Task-12` (models/python/task.ts). Every Task has a name of its own, so each was a new
   * entry of the string table, and interning 300k of them was a third of what recording
   * added to a promisio await chain (issue 10: recording adds at most 50 %).
   */
  enqueueNumbered(queue: QueueName, item: number, prefix: string, n: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const shape = this.numberedShapes.get(queue, prefix) ?? this.numberedShape(queue, prefix);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    s[++k] = this.w.number(n);
    this.end(s, k + 1);
  }

  private numberedShape(queue: QueueName, prefix: string): number {
    queueVariant(queue);
    const shape = registerShape(
      this.w,
      'enqueue',
      ['type', 'queue', 'item', 'label', 'seq', 'time'],
      ['c', 'c', 'n', 'p', 'q', 'n'],
      [null, queue, null, prefix, null, null],
    );
    return this.numberedShapes.add(queue, prefix, shape);
  }

  private timerShape = UNSET;
  /**
   * `{ type: 'enqueue', queue: 'timer', item, label, due }`: a timer armed (models/js
   * event-loop.ts addTimer). Its own method, as `enqueue`, because a 10k-task program arms
   * 100k timers and the object path (`emit`) cost about ten times a method per event
   * (issue 10: recording adds at most 50 %).
   */
  enqueueTimer(item: number, label: string, due: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.timerShape;
    if (shape === UNSET)
      shape = this.timerShape = registerShape(
        this.w,
        'enqueue',
        ['type', 'queue', 'item', 'label', 'due', 'seq', 'time'],
        ['c', 'c', 'n', 's', 'n', 'q', 'n'],
        [null, 'timer', null, null, null, null, null],
      );
    const labelId = this.enqueueLabel.id(this.w, label);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    s[++k] = labelId;
    s[++k] = this.w.number(due);
    this.end(s, k + 1);
  }

  private enqueueShape(queue: QueueName): number {
    const c = this.enqueueShapes;
    const v = queueVariant(queue);
    const shape =
      c.ids[v] ??
      this.registerIn(
        c,
        v,
        ['type', 'queue', 'item', 'label', 'seq', 'time'],
        ['c', 'c', 'n', 's', 'q', 'n'],
        [null, queue, null, null, null, null],
      );
    this.enqueueLast = queue;
    return (this.enqueueLastShape = shape);
  }

  private readonly dequeueShapes = shapeCache('dequeue');
  dequeue(queue: QueueName, item: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const shape = queue === this.dequeueLast ? this.dequeueLastShape : this.dequeueShape(queue);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = item;
    this.end(s, k + 1);
  }

  private dequeueShape(queue: QueueName): number {
    const c = this.dequeueShapes;
    const v = queueVariant(queue);
    const shape =
      c.ids[v] ??
      this.registerIn(c, v, ['type', 'queue', 'item', 'seq', 'time'], ['c', 'c', 'n', 'q', 'n'], [null, queue, null, null, null]);
    this.dequeueLast = queue;
    return (this.dequeueLastShape = shape);
  }

  started(id: number, loc: Pos | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const s = this.sl;
    if (loc !== undefined) {
      // A call's start at the position of its invocation event (js), or at a position where
      // a start was recorded before (a Python coroutine starts at the `await` around its
      // call): the position's table index is the site's (SiteEntry).
      const slot = siteSlot(loc);
      let e = this.callSites[slot];
      if (e === undefined || e.loc !== loc) e = this.startSites[slot];
      if (e !== undefined && e.loc === loc) {
        let k = this.open(this.startedShape(e.json));
        s[++k] = id;
        s[++k] = e.at;
        this.end(s, k + 1);
        return;
      }
    }
    if (loc === undefined) {
      let shape = this.startedNone;
      if (shape === UNSET) shape = this.startedNone = this.registerStarted('u');
      let k = this.open(shape);
      s[++k] = id;
      this.end(s, k + 1);
      return;
    }
    const w = this.w;
    const at = w.object(loc);
    const json = w.lastObjectKind === 'j';
    const shape = this.startedShape(json);
    this.startSites[siteSlot(loc)] = new SiteEntry(loc, '', 0, shape, at, json, 0);
    let k = this.open(shape);
    s[++k] = id;
    s[++k] = at;
    this.end(s, k + 1);
  }

  /** The started shape of a position that is other JSON or a plain one (registered at its first use). */
  private startedShape(json: boolean): number {
    const shape = json ? this.startedJson : this.startedPos;
    if (shape !== UNSET) return shape;
    return json ? (this.startedJson = this.registerStarted('j')) : (this.startedPos = this.registerStarted('l'));
  }

  private registerStarted(lk: Kind): number {
    return registerShape(this.w, 'started', ['type', 'id', 'loc', 'seq', 'time'], ['c', 'n', lk, 'q', 'n']);
  }

  awaited(id: number, on: number | undefined, what: string, loc: Pos | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    if (loc !== undefined) {
      // The await site met before with the same text: its shape and slots at once (SiteEntry).
      const e = this.awaitSites[siteSlot(loc)];
      if (e !== undefined && e.loc === loc && e.text === what && e.variant === (on === undefined ? 0 : 1)) {
        let k = this.open(e.shape);
        const s = this.sl;
        s[++k] = id;
        if (on !== undefined) s[++k] = on;
        s[++k] = e.textId;
        s[++k] = e.at;
        this.end(s, k + 1);
        return;
      }
    }
    const w = this.w;
    let shape: number;
    let at = 0;
    if (loc === undefined) {
      shape = on === undefined ? this.awaitedNone : this.awaitedNoneOn;
      if (shape === UNSET) shape = this.awaitedShape('u', on);
    } else {
      at = w.object(loc);
      if (w.lastObjectKind === 'l') shape = on === undefined ? this.awaitedPos : this.awaitedPosOn;
      else shape = on === undefined ? this.awaitedJson : this.awaitedJsonOn;
      if (shape === UNSET) shape = this.awaitedShape(w.lastObjectKind, on);
    }
    const whatId = this.awaitedWhat.id(w, what);
    if (loc !== undefined)
      this.awaitSites[siteSlot(loc)] = new SiteEntry(loc, what, on === undefined ? 0 : 1, shape, at, w.lastObjectKind === 'j', whatId);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    if (on !== undefined) s[++k] = on;
    s[++k] = whatId;
    if (loc !== undefined) s[++k] = at;
    this.end(s, k + 1);
  }

  /** Registers the awaited shape of a position kind and an `on` (present or not), into its field. */
  private awaitedShape(lk: Kind, on: number | undefined): number {
    const has = on !== undefined;
    const shape = registerShape(
      this.w,
      'awaited',
      ['type', 'id', 'on', 'what', 'loc', 'seq', 'time'],
      ['c', 'n', has ? 'n' : 'u', 's', lk, 'q', 'n'],
    );
    if (lk === 'u') {
      if (has) this.awaitedNoneOn = shape;
      else this.awaitedNone = shape;
    } else if (lk === 'l') {
      if (has) this.awaitedPosOn = shape;
      else this.awaitedPos = shape;
    } else if (has) this.awaitedJsonOn = shape;
    else this.awaitedJson = shape;
    return shape;
  }

  resumed(id: number, by: number | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const s = this.sl;
    if (by === undefined) {
      let shape = this.resumedNone;
      if (shape === UNSET) shape = this.resumedNone = this.registerResumed('u');
      let k = this.open(shape);
      s[++k] = id;
      this.end(s, k + 1);
    } else {
      let shape = this.resumedBy;
      if (shape === UNSET) shape = this.resumedBy = this.registerResumed('n');
      let k = this.open(shape);
      s[++k] = id;
      s[++k] = by;
      this.end(s, k + 1);
    }
  }

  private registerResumed(bk: Kind): number {
    return registerShape(this.w, 'resumed', ['type', 'id', 'by', 'seq', 'time'], ['c', 'n', bk, 'q', 'n']);
  }

  /** `{ type: 'resolved', id, value }`. */
  resolved(id: number, value: string): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.resolvedString;
    if (shape === UNSET) shape = this.resolvedString = this.registerResolved('s');
    const valueId = this.resolvedValue.id(this.w, value);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    s[++k] = valueId;
    this.end(s, k + 1);
  }

  /**
   * `{ type: 'resolved', id, value: String(n) }` without making the string, for a safe
   * integer other than -0 whose text is exactly that (a JavaScript number, as the js model
   * shows it: runtime/js/inspect.ts `formatNumber`).
   */
  resolvedInteger(id: number, n: number): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    let shape = this.resolvedInt;
    if (shape === UNSET) shape = this.resolvedInt = this.registerResolved('i');
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    s[++k] = this.w.number(n);
    this.end(s, k + 1);
  }

  private registerResolved(vk: Kind): number {
    return registerShape(this.w, 'resolved', ['type', 'id', 'value', 'seq', 'time'], ['c', 'n', vk, 'q', 'n']);
  }

  private readonly invocationShapes = shapeCache('invocation');
  /**
   * `{ type: 'invocation', id, kind, name, parent, loc }`, plus `traced: true` when traced
   * (the event of a call, with its call site); with `loc` null, an event without the `loc`
   * key (a promise's or a callback's).
   */
  invocation(
    id: number,
    kind: InvocationKind,
    name: string,
    parent: number | undefined,
    loc: Pos | undefined | null,
    traced: boolean,
  ): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    // A call site met before with the same callee name and kind: its shape and slots at once
    // (SiteEntry; the kind is one of a few constant strings, compared with the entry's).
    const variant = (parent === undefined ? 0 : 2) + (traced ? 1 : 0);
    if (loc) {
      const e = this.callSites[siteSlot(loc)];
      if (e !== undefined && e.loc === loc && e.text === name && e.variant === variant && e.kind === kind) {
        let k = this.open(e.shape);
        const s = this.sl;
        s[++k] = id;
        s[++k] = e.kindId;
        s[++k] = e.textId;
        if (parent !== undefined) s[++k] = parent;
        s[++k] = e.at;
        if (traced) s[++k] = 1;
        this.end(s, k + 1);
        return;
      }
    }
    const w = this.w;
    const at = loc ? w.object(loc) : 0;
    const lk = loc ? w.lastObjectKind : loc === null ? null : 'u';
    const v = ((lk === null ? 3 : variantOf(lk)) * 2 + (parent === undefined ? 0 : 1)) * 2 + (traced ? 1 : 0);
    const shape = this.invocationShapes.ids[v] ?? this.registerInvocation(v, parent === undefined ? 'u' : 'n', lk, traced);
    const kindId = this.invocationKind.id(w, kind);
    const nameId = this.invocationName.id(w, name);
    if (loc) this.callSites[siteSlot(loc)] = new SiteEntry(loc, name, variant, shape, at, lk === 'j', nameId, kind, kindId);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = id;
    s[++k] = kindId;
    s[++k] = nameId;
    if (parent !== undefined) s[++k] = parent;
    if (lk !== null && lk !== 'u') s[++k] = at;
    if (traced) s[++k] = 1;
    this.end(s, k + 1);
  }

  private registerInvocation(v: number, pk: Kind, lk: Kind | null, traced: boolean): number {
    const { keys, kinds } = invocationShape(pk, lk, traced);
    return this.registerIn(this.invocationShapes, v, keys, kinds);
  }

  private readonly printShapes = shapeCache('print');
  /** `{ type: 'print', text, id, loc }`. */
  print(text: string, id: number | undefined, loc: Pos | undefined): void {
    if (this.count < this.admitBelow) this.count++;
    else if (!this.admitChecked()) return;
    const w = this.w;
    const at = loc === undefined ? 0 : w.object(loc);
    const lk = loc === undefined ? 'u' : w.lastObjectKind;
    const c = this.printShapes;
    const v = variantOf(lk) * 2 + (id === undefined ? 0 : 1);
    const shape =
      c.ids[v] ??
      this.registerIn(c, v, ['type', 'text', 'id', 'loc', 'seq', 'time'], ['c', 's', id === undefined ? 'u' : 'n', lk, 'q', 'n']);
    const textId = this.printText.id(w, text);
    let k = this.open(shape);
    const s = this.sl;
    s[++k] = textId;
    if (id !== undefined) s[++k] = id;
    if (lk !== 'u') s[++k] = at;
    this.end(s, k + 1);
  }
}
