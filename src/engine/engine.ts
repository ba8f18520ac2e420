/**
 * Assembles one run: parser → interpreter → model, with a recorder and a step budget.
 * This is the engine's only entry point (see api.ts for the contract).
 *
 * Why runs are sliced: `step(n)` lets a Web Worker post event batches and look at its
 * message queue between slices. A model can only pause at a safe point (between loop
 * turns); a single synchronous callback runs to completion or to the budget error.
 */
import type { Lang, Program } from './ir/nodes';
import type { Run, RunOptions, RunResult, StepResult, PackedStepResult, ErrorKind, PreludeSource, JsModeDecision } from './api';
import { modelFamily, type ModelName } from './names';
import { SHIM_ASYNCIO_JS, SHIM_ASYNCIO_JS_NAME, SHIM_JS_PY, SHIM_JS_PY_NAME } from './shims/index';
import { DEFAULT_HEAP_LIMIT_BYTES, DEFAULT_STEP_BUDGET } from './api';
import { EngineError, isHostStackOverflow, syntaxError } from './errors';
import { Recorder } from './events/recorder';
import { Realm, Budget, HeapCap, installPython, installJs } from './runtime/index';
import { createJsModel, createPythonModel, type ModelDriver, type LoadedProgram, type ModelOutcome } from './models/index';
import { parsePython, parseJs, resolveJsMode } from './syntax/index';
import { createInterp } from './interp/index';
import type { EngineEvent } from './events/types';

/** The bundled shim that gives a snippet's foreign async API a meaning under `model`, if it needs one. */
export function shimFor(lang: Lang, model: ModelName): PreludeSource | undefined {
  const family = modelFamily(model);
  if (lang === 'py' && family === 'js') return { source: SHIM_ASYNCIO_JS, lang: 'js', name: SHIM_ASYNCIO_JS_NAME };
  if (lang === 'js' && family === 'python') return { source: SHIM_JS_PY, lang: 'py', name: SHIM_JS_PY_NAME };
  return undefined;
}

function parseUncached(source: string, lang: Lang, jsSourceType: 'module' | 'script'): Program {
  return lang === 'py' ? parsePython(source) : parseJs(source, jsSourceType);
}

/**
 * The last few programs parsed, and the syntax errors of the last few texts that did not
 * parse. The playground runs one text under four models after every edit, and the fuzzer
 * runs one input under four models: each text is parsed once, not four times (issue 10).
 * Sharing the IR is safe because compiling never changes it (the bundled preludes have
 * always been shared this way; see parsePrelude), and an EngineError is never changed
 * after it is thrown. Only EngineErrors are kept: a host failure (the host stack running
 * out inside a parser) is not a property of the text and is thrown again each time.
 */
const parsedSources = new Map<string, { program: Program } | { error: EngineError }>();
const PARSED_SOURCES_KEPT = 8;

export function parseSource(source: string, lang: Lang, jsSourceType: 'module' | 'script' = 'module'): Program {
  const key = `${lang === 'py' ? 'py' : jsSourceType}:${source}`;
  let entry = parsedSources.get(key);
  if (entry === undefined) {
    try {
      entry = { program: parseUncached(source, lang, jsSourceType) };
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      entry = { error: e };
    }
    if (parsedSources.size >= PARSED_SOURCES_KEPT) parsedSources.delete(parsedSources.keys().next().value as string);
    parsedSources.set(key, entry);
  }
  if ('error' in entry) throw entry.error;
  return entry.program;
}

/**
 * Which way Node runs the program under `js`. A Python snippet (with its shim) runs as its
 * JavaScript twins ran in the conformance corpus, an ES module, unless told otherwise.
 */
export function jsModeFor(source: string, lang: Lang, options: RunOptions, prelude?: PreludeSource): JsModeDecision {
  const option = options.jsMode ?? 'module';
  if (lang === 'py' && option === 'auto')
    return { mode: 'module', reason: 'a Python program runs under js with its shim as one ES module' };
  const text = prelude && prelude.lang === 'js' ? `${prelude.source}\n${source}` : source;
  return resolveJsMode(text, option);
}

/**
 * Tag every position in a prelude's IR with the prelude's name, so events placed in shim
 * code are not mistaken for lines of the user's snippet (the UI highlights user lines only).
 */
function markPrelude(node: unknown, name: string, seen = new Set<object>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const child of node) markPrelude(child, name, seen);
    return;
  }
  const rec = node as Record<string, unknown>;
  const loc = rec.loc as { file?: string } | undefined;
  if (loc && typeof loc === 'object') loc.file = name;
  for (const key in rec) if (key !== 'loc') markPrelude(rec[key], name, seen);
}

/**
 * Preludes are the same few texts run after run (the bundled shims), and compiling never
 * changes the IR, so each is parsed once per process. An error in a prelude is reported
 * against the prelude, not the user's lines.
 */
const parsedPreludes = new Map<string, Program>();

function parsePrelude(prelude: PreludeSource, sourceType: 'module' | 'script'): Program {
  const key = `${prelude.lang}:${sourceType}:${prelude.name}:${prelude.source}`;
  let program = parsedPreludes.get(key);
  if (!program) {
    try {
      // Not through parseSource's cache: markPrelude below tags this IR as the prelude's,
      // and a user program with the same text must not share those tags.
      program = parseUncached(prelude.source, prelude.lang, sourceType);
    } catch (e) {
      if (e instanceof EngineError) throw new EngineError(e.kind, `${e.bare} in ${prelude.name}`, { line: e.line, col: e.col });
      throw e;
    }
    markPrelude(program, prelude.name);
    if (parsedPreludes.size > 16) parsedPreludes.clear();
    parsedPreludes.set(key, program);
  }
  return program;
}

/** What each runtime says of a program nested too deeply to compile (as syntax/js/parse.ts and syntax/python/parse.ts). */
function tooDeepToCompile(lang: Lang): EngineError {
  return lang === 'py'
    ? syntaxError('maximum recursion depth exceeded during compilation', { line: 1, col: 0 }, 'RecursionError')
    : syntaxError('Maximum call stack size exceeded', { line: 1, col: 0 }, 'RangeError');
}

class EngineRun implements Run {
  private realm: Realm;
  private driver: ModelDriver | undefined;
  private finished = false;
  private engineError: EngineError | undefined;
  private outcome: ModelOutcome | undefined;
  /** Under `js`: which way Node runs the program, and why. */
  private jsMode: JsModeDecision | undefined;

  constructor(
    source: string,
    private readonly options: RunOptions,
  ) {
    const rec = new Recorder(options.recordEvents ?? true, options.maxEvents ?? Infinity);
    if (options.onEvents) rec.streamTo(options.onEvents, options.streamEvery ?? 20_000);
    const heapLimit = options.heapLimitBytes ?? DEFAULT_HEAP_LIMIT_BYTES;
    const budget = new Budget(
      options.budget ?? DEFAULT_STEP_BUDGET,
      options.timeBudgetMs,
      heapLimit === Infinity ? undefined : new HeapCap(heapLimit),
      options.deadline,
    );
    this.realm = new Realm({ modelName: options.model, displayLang: options.lang, rec, budget, maxOutputLines: options.maxOutputLines });
    try {
      // Parse before building anything: a snippet being typed is mostly a syntax error,
      // and an error must not cost the installation of two language runtimes (issue 10).
      const preludeSource = options.prelude ?? (options.autoShim === false ? undefined : shimFor(options.lang, options.model));
      if (options.model === 'js') this.jsMode = jsModeFor(source, options.lang, options, preludeSource);
      // A CommonJS script is parsed as a script: top-level await is a SyntaxError there, as in Node.
      const sourceType = this.jsMode?.mode === 'commonjs' ? 'script' : 'module';
      const preludeProgram = preludeSource ? parsePrelude(preludeSource, sourceType) : undefined;
      const mainProgram = parseSource(source, options.lang, sourceType);
      const realm = this.realm;
      // Each language's runtime is installed when first used (Realm.need): a run pays only
      // for the languages its snippet, prelude and model touch (issue 10).
      realm.installers = { py: installPython, js: installJs };
      realm.interp = createInterp(realm);
      const driver =
        options.model === 'js'
          ? createJsModel(realm, this.jsMode!.mode, options.jsMainScriptMs ?? 0)
          : createPythonModel(realm, options.model);
      realm.model = driver;
      this.driver = driver;
      // A prelude is one of the bundled shims unless the caller supplied its own: only a
      // bundled one is known to compile cleanly, so only its bodies compile lazily.
      const prelude = preludeProgram ? this.load(preludeProgram, options.prelude === undefined) : undefined;
      driver.start(this.load(mainProgram), prelude);
    } catch (e) {
      this.fail(e);
    }
  }

  private load(program: Program, lazyBodies = false): LoadedProgram {
    try {
      return { program, module: this.realm.interp.loadModule(program, { lazyBodies }) };
    } catch (e) {
      // Compiling recurses once per level of nesting, as the front-ends do: a text the
      // front-end could still take (`f()()()…` 3,000 deep) can exhaust a small host stack
      // (the CLI's main thread) here. It fails as the front-ends fail on deeper text, with
      // the runtime's own message for nesting too deep to compile (issue 10).
      if (isHostStackOverflow(e)) throw tooDeepToCompile(program.lang);
      throw e;
    }
  }

  private fail(e: unknown): void {
    this.finished = true;
    if (e instanceof EngineError) {
      // A native function (eval, a regex method...) raises without knowing where it was
      // called from: place the message at the call site the interpreter recorded. Not a
      // budget error: one a native's work raises is placed while it runs (Budget.nativeSite),
      // and one without a position came from outside any native (an operator's work), where
      // the last native's call site would name a line that has long finished.
      const at = this.realm.callLoc;
      this.engineError =
        e.line === 0 && e.kind !== 'cancelled' && e.kind !== 'budget' && at && !at.file ? new EngineError(e.kind, e.bare, at) : e;
    } else if (e instanceof RangeError && /call stack/i.test(e.message)) {
      this.engineError = new EngineError('recursion', 'The program exhausted the host stack (unbounded recursion?)', undefined);
      if (typeof process !== 'undefined' && process.env?.ASYNC_LANES_DEBUG) console.error(e);
    } else if (
      e instanceof RangeError &&
      /^Invalid (string|array|typed array) length|allocation failed|^(Map|Set) maximum size exceeded/.test(e.message)
    ) {
      // A host allocation failed where no cap was checked first (runtime/limits.ts): it is
      // still the program running out of memory, said as its runtime says it (issue 10).
      const text = this.options.lang === 'py' ? 'MemoryError' : `RangeError: ${e.message}`;
      this.engineError = new EngineError('budget', text, undefined);
    } else {
      const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      this.engineError = new EngineError('internal', `Internal engine error: ${msg}`, undefined);
      if (typeof process !== 'undefined' && process.env?.ASYNC_LANES_DEBUG) console.error(e);
    }
    const ee = this.engineError;
    this.realm.rec.emitFinal({
      type: 'error',
      text: ee.message,
      errorKind: ee.kind,
      loc: ee.line ? { line: ee.line, col: ee.col } : undefined,
    });
    this.finishModel();
  }

  private finishModel(): void {
    if (!this.driver) {
      // Nothing was built (the snippet did not parse): the run still ends with 'end'.
      this.realm.rec.emitFinal({ type: 'end', model: this.options.model, steps: 0 });
      return;
    }
    if (this.outcome) return;
    try {
      this.outcome = this.driver.finish();
    } catch (e) {
      // finish() must not throw; if it does, keep what we have.
      if (!this.engineError) this.engineError = new EngineError('internal', `Internal engine error in finish: ${String(e)}`, undefined);
    }
    this.realm.rec.emitFinal({ type: 'end', model: this.options.model, steps: this.realm.budget.used });
  }

  get done(): boolean {
    return this.finished;
  }

  step(maxSteps: number): StepResult {
    this.advance(maxSteps);
    return { events: this.realm.rec.drain(), done: this.finished };
  }

  stepPacked(maxSteps: number): PackedStepResult {
    this.advance(maxSteps);
    return { batch: this.realm.rec.drainPacked(), done: this.finished };
  }

  private advance(maxSteps: number): void {
    if (!this.finished && this.driver) {
      const budget = this.realm.budget;
      try {
        budget.startSlice();
        const limit = budget.used + Math.max(1, maxSteps);
        const done = this.driver.runUntil(limit);
        if (done) {
          this.finished = true;
          this.finishModel();
        }
      } catch (e) {
        this.fail(e);
      } finally {
        budget.endSlice();
      }
    }
  }

  cancel(): void {
    if (this.finished) return;
    this.fail(new EngineError('cancelled', 'Run cancelled', undefined));
  }

  result(): RunResult {
    while (!this.finished) this.step(1_000_000);
    const realm = this.realm;
    const o = this.outcome;
    const ee = this.engineError;
    let error: string | null = o?.error ?? null;
    let errorKind: ErrorKind | null = o?.errorKind ?? null;
    let errorAt: number | null = o?.errorAt ?? null;
    let errorPos = o?.errorPos ?? null;
    if (ee && !error) {
      error = ee.message;
      errorKind = ee.kind;
      errorAt = realm.stdout.length;
      errorPos = ee.line ? { line: ee.line, col: ee.col } : null;
    }
    return {
      model: this.options.model,
      stdout: realm.stdout,
      error,
      errorKind,
      errorAt,
      errorPos,
      warnings: realm.warnings,
      stderr: realm.stderr,
      stderrAt: realm.output.stderrAt,
      virtualTime: o?.virtualTime ?? realm.rec.time / 1000,
      mode: o?.mode ?? this.jsMode?.mode ?? 'script',
      modeReason: this.jsMode?.reason ?? null,
      steps: realm.budget.used,
      eventsTruncated: realm.rec.truncated,
      outputDropped: realm.outputDropped,
    };
  }
}

/** Start a run; nothing executes beyond parsing and the model's synchronous start until `step()`. */
export function createRun(source: string, options: RunOptions): Run {
  return new EngineRun(source, options);
}

/** Run to completion and return the result (and every event when recording). */
export function runProgram(source: string, options: RunOptions): RunResult & { events: EngineEvent[] } {
  const run = createRun(source, options);
  const events: EngineEvent[] = [];
  // A loop, not push(...batch): a batch can hold more elements than the host allows as arguments.
  const take = (batch: EngineEvent[]) => {
    for (const e of batch) events.push(e);
  };
  while (!run.done) take(run.step(1_000_000).events);
  take(run.step(1).events);
  return { ...run.result(), events };
}
