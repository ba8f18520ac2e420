/**
 * The playground: editor on the left, one panel per model on the right, playback on top.
 * Everything shown is a fold of what the engine recorded (src/ui/state); the App only wires
 * the snippet (URL ⇄ editor), the run session (worker) and the playback position together.
 *
 * Page structure (styles.css places it; issue 8): the toolbar, then the player (playback bar and
 * the caption slot), the editor column and the panels. The player comes before the editor in
 * the document so the tab order reaches the playback controls first (Tab inside Monaco types
 * indentation; Escape leaves it). Wide screens show the editor beside the panels; narrow ones
 * (phones, 150–200 % zoom) stack everything in one scrolling column with the editor folded away
 * on a phone; presentation mode shows at most two panels in large type.
 */
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { LazyMotion, useReducedMotion } from 'motion/react';
import type { Lang, ModelName } from '../engine/api';
import { EXAMPLES, defaultSnippet } from './examples';
import { buildHash, LINK_FORMAT, parseHash, readLink, type LinkContent, type LinkView, type MarkerRef, type Snippet } from './url';
import { browserStorage, decideOpening, loadPrevious, loadWork, sameSnippet, savePrevious, saveWork } from './localWork';
import { PreviousWorkNote } from './components/PreviousWorkNote';
import { ExampleNotes } from './components/ExampleNotes';
import { Gallery } from './components/Gallery';
import { ExportMenu, type ExportKind } from './components/ExportMenu';
import { exportRun } from './export';
import { embedCode } from './embed';
import { useRunSession } from './useRunSession';
import { prerecordedStart } from './prerecorded';
import { useNarration } from './useNarration';
import { useAlignment } from './useAlignment';
import { usePlayback } from './usePlayback';
import { useShortcuts } from './useShortcuts';
import { usePresentation } from './usePresentation';
import { toggleModel } from './modelSelection';
import { positionAfter } from './state/alignment';
import type { TimelineCaption } from './state/narration';
import type { Moment } from './state/divergence';
import { hintsFor } from '../engine/api';
import { LiveCaption, LiveEditor, LiveModelPanel, LiveNarration } from './components/PositionViews';
import { HintsNote } from './components/HintsNote';
import { nextStop, outputStops } from './state/outputStops';
import { computeDivergence } from './state/divergence';
import { AlignmentNote } from './components/AlignmentNote';
import { DivergenceNote } from './components/DivergenceNote';
import type { EditorError } from './components/MonacoEditor';
import { ErrorBoundary } from './components/ErrorBoundary';
import { MODEL_TITLES, statusOf } from './components/ModelPanel';
import { Playback } from './components/Playback';
import { Toolbar } from './components/Toolbar';
import { ShortcutsSheet } from './components/ShortcutsSheet';
import { PanelSwitcher } from './components/PanelSwitcher';
import { AnimateEntries, loadMotionFeatures } from './components/motionContext';
import { useStableCallback } from './useStableCallback';
import { clipText } from './clipText';

/** Entry animations run while playing at up to this many events per second. */
const ANIMATED_SPEED = 120;
/** Editing re-runs after this pause. */
const RERUN_DELAY_MS = 450;

/** The example whose code `s` is, if any (a link may carry an example unchanged). */
function exampleOf(s: Snippet): string | null {
  return EXAMPLES.find((ex) => ex.lang === s.lang && ex.source === s.source)?.id ?? null;
}

/**
 * Below this width (a phone; a laptop at 150 % zoom or more) the page is one column and the editor
 * starts folded away, so the panels are on the first screen (styles.css: max-width 899px).
 */
const NARROW_WIDTH = 900;

/** The link the page was opened with, read once. */
const openingLink: LinkContent = typeof location !== 'undefined' ? readLink(location.hash) : { kind: 'none' };
const openingView: LinkView = openingLink.kind === 'snippet' ? openingLink.view : {};
const storage = browserStorage();
/** What the page opens with: the link, else the work saved in this browser, else the default example. */
const opening = decideOpening(openingLink, loadWork(storage), loadPrevious(storage));

export function App() {
  const [snippet, setSnippet] = useState<Snippet>(() => opening.snippet ?? defaultSnippet());
  /** The snippet was typed in the editor since it was loaded: it exists nowhere but here (and local storage). */
  const [edited, setEdited] = useState(opening.edited);
  /** Edited work a link (or an example) replaced: one click brings it back (issue 8). */
  const [previous, setPrevious] = useState<Snippet | null>(opening.previous);
  /**
   * Why the link in the address bar could not be opened. While it is set the address bar
   * keeps the user's link untouched (issue 10: a damaged link used to be replaced by the
   * default example's without a word); the first edit makes the snippet the user's own.
   */
  const [linkProblem, setLinkProblem] = useState<string | null>(openingLink.kind === 'unreadable' ? openingLink.reason : null);
  const [showAllKinds, setShowAllKinds] = useState(openingView.allKinds ?? false);
  /** Presentation mode, as the link says; carried back into copied links. */
  const [presentation, setPresentation] = useState(openingView.presentation ?? false);
  /** Each panel's selected marker (by recorded event), carried in copied links. */
  const [markers, setMarkers] = useState<MarkerRef[]>(openingView.markers ?? []);
  const newerFormat = openingLink.kind === 'snippet' && openingLink.format > LINK_FORMAT ? openingLink.format : null;
  /** The example the picker names: the one last loaded, kept while the user edits it ("modified"). */
  const [exampleId, setExampleId] = useState<string | null>(() => exampleOf(snippet));
  const [copied, setCopied] = useState(false);
  const [galleryOpen, setGalleryOpen] = useState(false);
  /** Bumped whenever the source is replaced from outside the editor. */
  const [editorReset, setEditorReset] = useState(0);
  // A first visit shows the default example's prerecording at once (issue 10, first paint).
  const { session, start, cancel } = useRunSession(() => prerecordedStart(snippet.source, snippet.lang, snippet.models, snippet.jsMode));
  /** The source the current run was started with (hints quote its lines while the user types on). */
  const ranSource = useRef(snippet.source);
  /** The pair of models the divergence note explains, once the user picks one. */
  const [pickedPair, setPickedPair] = useState<[ModelName, ModelName] | null>(null);
  const runId = useRef(session.runId);
  runId.current = session.runId;
  /** Read (not watched) by the effect below: the page's first run starts at once, later ones after a pause. */
  const started = useRef(false);
  /** The last link opened (at load or by a hash change), and the run it began after. */
  const linkOpened = useRef<{ afterRun: number; view: LinkView }>({ afterRun: 0, view: openingView });
  const setSpeedRef = useRef<(speed: number) => void>(() => {});

  // Keep the work in local storage, so it survives a reload and is never lost to a link.
  useEffect(() => saveWork(storage, { snippet, edited }), [snippet, edited]);
  useEffect(() => savePrevious(storage, previous ? { snippet: previous, edited: true } : null), [previous]);

  /**
   * Shows a snippet from outside the editor (a link, an example, the previous snippet).
   * Edited work it replaces is kept as the previous snippet rather than lost.
   */
  const replaceSnippetRef = useRef<(next: Snippet, nextEdited: boolean) => void>(() => {});
  replaceSnippetRef.current = (next, nextEdited) => {
    if (edited && !sameSnippet(snippet, next)) setPrevious(snippet);
    else if (previous && sameSnippet(previous, next)) setPrevious(null);
    setSnippet(next);
    setEdited(nextEdited);
    setExampleId(exampleOf(next));
    setEditorReset((n) => n + 1);
  };

  // Keep the URL in step with the snippet, and (re-)run it after a short pause.
  useEffect(() => {
    // A link already holding this snippet keeps its form (an old-format link stays as it was
    // opened) — unless it leaves the language to a guess, which the written link pins down.
    const shown = parseHash(location.hash);
    const kept = shown !== null && sameSnippet(shown, snippet) && /(^|[#&])lang=/.test(location.hash);
    if (!linkProblem && !kept) history.replaceState(null, '', buildHash(snippet));
    const t = setTimeout(
      () => {
        started.current = true;
        ranSource.current = snippet.source;
        start(snippet.source, snippet.lang, snippet.models, snippet.jsMode);
      },
      started.current ? RERUN_DELAY_MS : 0,
    );
    return () => clearTimeout(t);
  }, [snippet, start, linkProblem]);

  // Loading another link into the same tab.
  useEffect(() => {
    const onHash = (e: HashChangeEvent) => {
      // The hash the tab navigated to, not `location.hash` now: the URL effect above may have
      // replaced it (replaceState) with the snippet being typed between the navigation and
      // this event, and the link would then reopen a half-typed snippet (a CI flake).
      const link = readLink(new URL(e.newURL).hash);
      if (link.kind === 'snippet') {
        linkOpened.current = { afterRun: runId.current, view: link.view };
        if (link.view.speed !== undefined) setSpeedRef.current(link.view.speed);
        setLinkProblem(null);
        setMarkers(link.view.markers ?? []);
        if (link.view.allKinds !== undefined) setShowAllKinds(link.view.allKinds);
        setPresentation(link.view.presentation ?? false);
        replaceSnippetRef.current(link.snippet, false);
      } else if (link.kind === 'unreadable') {
        setLinkProblem(link.reason);
      }
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  const { runs } = session;
  const { alignment, lengths, recorded, finished } = useAlignment(session);
  // `recorded`: every event the worker sent is folded and no more will come: what divergence,
  // narration and hints read (a cancelled run's last batches may still be folding).
  // A link's first run opens paused where the link says; later runs (edits, examples)
  // play from the start unless the user asked the system for reduced motion.
  const reducedMotion = useReducedMotion() ?? false;
  const openingRun = session.runId <= linkOpened.current.afterRun + 1;
  const playbackStart = { position: openingRun ? (linkOpened.current.view.pos ?? 0) : 0, playing: !openingRun && !reducedMotion };
  const playback = usePlayback(alignment.total, finished, session.runId, playbackStart, openingView.speed);
  setSpeedRef.current = playback.setSpeed;
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const present = usePresentation(snippet.models, presentation, setPresentation);
  const [editorOpen, setEditorOpen] = useState(() => typeof innerWidth === 'undefined' || innerWidth >= NARROW_WIDTH);
  // In presentation the editor is optional and starts hidden; leaving presentation restores the user's choice.
  const [presentedEditor, setPresentedEditor] = useState(false);
  const showEditor = present.presentation ? presentedEditor : editorOpen;
  const setShowEditor = present.presentation ? setPresentedEditor : setEditorOpen;
  // In presentation only the panels on screen count: a jump lands on a line the audience sees.
  const onScreen = present.presentation ? present.shown.join(',') : null;
  useShortcuts({
    playback,
    sheetOpen: shortcutsOpen,
    setSheetOpen: setShortcutsOpen,
    jumpOutput: (dir) => {
      // Computed on the key press from the output lines: nothing per frame.
      const stops = outputStops(
        alignment,
        runs.map((r) => (onScreen === null || onScreen.split(',').includes(r.model) ? r.history.final.output : [])),
      );
      const to = nextStop(stops, playback.position(), dir);
      if (to !== undefined) playback.seek(to);
    },
    toggleModel: (m) => update({ models: toggleModel(snippet.models, m) }),
    presentation: present.presentation,
    setPresentation: present.setPresentation,
  });
  const seek = playback.seek;

  // A marker names an event of one run: a later run (an edit, another example) drops the selection.
  useEffect(() => {
    if (session.runId > linkOpened.current.afterRun + 1) setMarkers([]);
  }, [session.runId]);
  const selectMarker = useCallback((model: ModelName, seq: number | null) => {
    setMarkers((ms) => [...ms.filter((m) => m.model !== model), ...(seq === null ? [] : [{ model, seq }])]);
  }, []);

  // One x-scale per run, stable while the alignment is (the lanes memoize on it).
  const xOfs = useMemo(
    () =>
      runs.map((run, m) => {
        const globalOf = alignment.globalOf[m] ?? [];
        return { run, xOf: (seq: number) => (alignment.total === 0 ? 0 : (globalOf[seq] ?? alignment.total) / alignment.total) };
      }),
    [alignment, runs],
  );
  // What follows the position is rendered by components subscribed to it (components/PositionViews.tsx).
  const store = playback.store;

  // Divergence, narration and hints read the whole recording (a 1M-event run's narration and
  // hints cost about a second): they follow in a deferred render, after the complete timeline
  // is on screen (issue 10: a 1M-event run opens in < 2 s), never in the same render. The
  // initial `false` keeps them out of the very first render too, where the build's
  // prerecorded default example is already complete (issue 10: first timeline < 1 s).
  const analysed = useDeferredValue(recorded, false) && recorded;
  // A stopped run's recordings end wherever the stop caught them (a cancel, or the watchdog
  // inside a call that never returned): not compared, and no line marked as differing.
  const stopped = session.status === 'cancelled' || runs.some((r) => r.cancelled === true || r.stuck !== undefined);
  const divergence = useMemo(
    () =>
      analysed
        ? computeDivergence(
            runs.map((r) => ({ model: r.model, events: r.history.events, final: r.history.final })),
            pickedPair ?? undefined,
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `lengths` is the histories' version (they grow in place)
    [analysed, runs, lengths, pickedPair],
  );
  const seekMoment = useCallback(
    (moment: Moment) => {
      const m = runs.findIndex((r) => r.model === moment.model);
      if (m >= 0) seek(positionAfter(alignment, m, moment.seq));
    },
    [runs, alignment, seek],
  );

  // Narration (issue 8): every model's captions in playback order, once the run is recorded,
  // made in slices between frames (src/ui/useNarration.ts).
  const narrated = useMemo(() => runs.map((r) => ({ model: r.model, events: r.history.events })), [runs]);
  const narration = useNarration(narrated, alignment, lengths, analysed);
  const seekCaption = useCallback((c: TimelineCaption) => seek(positionAfter(alignment, c.m, c.seq)), [alignment, seek]);
  const hints = useMemo(
    () => (analysed ? runs.flatMap((r) => hintsFor({ model: r.model, source: ranSource.current, events: r.history.events })) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `lengths` is the histories' version (they grow in place)
    [analysed, runs, lengths],
  );

  const editorErrors = useMemo(() => {
    const seen = new Set<string>();
    const out: EditorError[] = [];
    for (const r of runs) {
      const res = r.result;
      const pos = res?.errorPos ?? r.history.final.error?.loc;
      const text = res?.error ?? r.history.final.error?.text ?? r.failure ?? r.stuck;
      if (!text || res?.errorKind === 'cancelled') continue;
      const message = `${r.model}: ${clipText(text)}`;
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ line: pos?.line ?? 1, col: pos?.col ?? 0, message: pos ? message : `${message}` });
    }
    if (session.failure && out.length === 0) out.push({ line: 1, col: 0, message: session.failure });
    for (const h of hints)
      out.push({ line: h.loc.line, col: h.loc.col, message: `hint (${h.model}): ${h.message.replace(/`/g, '')}`, severity: 'hint' });
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `session.version` is the runs' version (results arrive in place)
  }, [runs, session.version, session.failure, hints]);

  const update = useCallback((patch: Partial<Snippet>) => {
    setLinkProblem(null);
    setSnippet((s) => ({ ...s, ...patch }));
  }, []);
  // The editor reports programmatic replacements too: only a real change is the user's edit.
  const sourceRef = useRef(snippet.source);
  sourceRef.current = snippet.source;
  const onSource = useCallback((source: string) => {
    if (source === sourceRef.current) return;
    setLinkProblem(null);
    setEdited(true);
    setSnippet((s) => ({ ...s, source }));
  }, []);
  const shownExample = exampleId === null ? undefined : EXAMPLES.find((ex) => ex.id === exampleId);
  const onExample = useStableCallback((id: string) => {
    const ex = EXAMPLES.find((e) => e.id === id);
    if (ex) {
      setLinkProblem(null);
      // An example opens with the models its paragraph talks about, and Node's default mode.
      replaceSnippetRef.current({ lang: ex.lang, source: ex.source, models: [...ex.models] }, false);
      setExampleId(ex.id);
    }
  });
  const restorePrevious = () => {
    if (!previous) return;
    setLinkProblem(null);
    replaceSnippetRef.current(previous, true);
  };
  // Escape in the editor hands the keyboard to the playback controls.
  const leaveEditor = useCallback(() => document.querySelector<HTMLElement>('[data-action="play"]')?.focus(), []);
  /** The link to the moment on screen, as it is shown (position, speed, markers, switches). */
  const linkToHere = () =>
    buildHash(snippet, { pos: playback.position(), speed: playback.speed, markers, allKinds: showAllKinds, presentation });
  const onExport = useStableCallback((kind: ExportKind) =>
    exportRun(kind, {
      snippet,
      link: linkToHere(),
      exampleId: shownExample?.source === snippet.source ? shownExample.id : null,
      heading:
        shownExample?.source === snippet.source ? shownExample.title : (snippet.source.split('\n').find((l) => l.trim()) ?? 'snippet'),
      runs: xOfs,
      titles: MODEL_TITLES,
      allKinds: showAllKinds,
      cursor: alignment.total === 0 ? 0 : playback.position() / alignment.total,
    }),
  );
  const onCopyEmbed = useStableCallback(async () => {
    const title = shownExample?.source === snippet.source ? shownExample.title : 'a snippet';
    const html = embedCode(location.origin, location.pathname, linkToHere(), title);
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(html);
  });
  const onCopyLink = useStableCallback(() => {
    // The copied link opens at the moment shown now, at the current speed.
    const url = `${location.origin}${location.pathname}${linkToHere()}`;
    void navigator.clipboard?.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
    setTimeout(() => setCopied(false), 1500);
  });
  const onLang = useStableCallback((lang: Lang) => update({ lang }));
  const onModels = useStableCallback((models: ModelName[]) => update({ models }));
  const onGallery = useStableCallback(() => setGalleryOpen(true));
  const exampleModified = exampleId !== null && EXAMPLES.find((ex) => ex.id === exampleId)?.source !== snippet.source;
  const toolbarExample = useMemo(
    () => (exampleId === null ? null : { id: exampleId, modified: exampleModified }),
    [exampleId, exampleModified],
  );
  const runModels = useMemo(() => runs.map((r) => r.model), [runs]);

  const panels = xOfs.map((p, m) => ({ ...p, m }));
  const shownRuns = present.presentation ? panels.filter(({ run }) => present.shown.includes(run.model)) : panels;
  const appClass = ['app', present.presentation ? 'presentation' : ''].filter(Boolean).join(' ');

  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <div
        className={appClass}
        data-run-status={session.status}
        data-recording={session.recording === 'prerecorded' ? 'prerecorded' : 'live'}
        data-prerecording={session.prerecording}
        data-models={snippet.models.join(',')}
        data-presentation={present.presentation ? 'true' : undefined}
        data-reduced-motion={reducedMotion ? 'true' : undefined}
      >
        <Toolbar
          lang={snippet.lang}
          models={snippet.models}
          showAllKinds={showAllKinds}
          example={toolbarExample}
          onExample={onExample}
          onLang={onLang}
          onModels={onModels}
          onShowAllKinds={setShowAllKinds}
          onCopyLink={onCopyLink}
          copied={copied}
          editorOpen={showEditor}
          onEditorOpen={setShowEditor}
          presentation={present.presentation}
          onPresentation={present.setPresentation}
          onGallery={onGallery}
        />
        {galleryOpen && (
          <Gallery
            onOpen={(id) => {
              setGalleryOpen(false);
              onExample(id);
            }}
            onClose={() => setGalleryOpen(false)}
          />
        )}
        {shortcutsOpen && <ShortcutsSheet onClose={() => setShortcutsOpen(false)} />}
        {linkProblem && (
          <p className="link-problem" role="alert" data-role="link-problem">
            This link’s code could not be read ({linkProblem}), so the default example is shown instead. The address bar still holds the
            link as you opened it.
          </p>
        )}
        {newerFormat !== null && (
          <p className="link-problem" role="status" data-role="link-format">
            This link was written by a newer Async Lanes (link format {newerFormat}; this page reads format {LINK_FORMAT}): whatever this
            version does not know of it is ignored.
          </p>
        )}
        {previous && <PreviousWorkNote previous={previous} onRestore={restorePrevious} onDismiss={() => setPrevious(null)} />}
        <main className={`workspace ${showEditor ? 'editor-open' : 'editor-closed'}`}>
          <section className="player" aria-label="player">
            <Playback
              playback={playback}
              total={alignment.total}
              running={session.status === 'running'}
              onCancel={cancel}
              onShortcuts={() => setShortcutsOpen(!shortcutsOpen)}
            />
            <LiveCaption store={store} total={alignment.total} narration={narration} />
            <ExportMenu onExport={onExport} onCopyEmbed={onCopyEmbed} disabled={runs.length === 0} />
            {session.status === 'cancelled' && (
              <p className="run-cancelled" role="status">
                Run stopped. Edit the code to run it again.
              </p>
            )}
          </section>
          <aside className="left" aria-label="code">
            <div className="editor-slot" id="editor-slot" hidden={!showEditor}>
              <LiveEditor
                store={store}
                alignment={alignment}
                runs={runs}
                value={snippet.source}
                resetKey={editorReset}
                lang={snippet.lang}
                onChange={onSource}
                errors={editorErrors}
                onEscape={leaveEditor}
                large={present.presentation}
                hold={session.status === 'running'}
              />
            </div>
            {shownExample && <ExampleNotes example={shownExample} modified={shownExample.source !== snippet.source} />}
            <DivergenceNote
              divergence={divergence}
              complete={recorded}
              stopped={stopped}
              models={runModels}
              onPair={setPickedPair}
              onSeek={seekMoment}
            />
            <HintsNote hints={hints} />
            <LiveNarration store={store} total={alignment.total} narration={narration} onSeek={seekCaption} />
            <AlignmentNote />
            <MemoLegend />
          </aside>
          <section className="right" aria-label="models">
            {present.presentation && runs.length > 1 && (
              <PanelSwitcher models={snippet.models} shown={present.shown} onToggle={present.toggleShown} />
            )}
            <AnimateEntries.Provider value={!reducedMotion && playback.playing && playback.speed <= ANIMATED_SPEED}>
              <div className={`panels panels-${shownRuns.length}`}>
                {shownRuns.map(({ run: r, xOf, m }) => (
                  <ErrorBoundary key={`${session.runId}-${r.model}`} label={`${r.model} panel`}>
                    <LiveModelPanel
                      store={store}
                      alignment={alignment}
                      m={m}
                      run={r}
                      status={statusOf(r)}
                      xOf={xOf}
                      divergent={(!stopped && divergence?.highlighted.get(r.model)) || EMPTY_SET}
                      showAllKinds={showAllKinds}
                      selectedSeq={markers.find((mk) => mk.model === r.model)?.seq ?? null}
                      onSelectSeq={selectMarker}
                    />
                  </ErrorBoundary>
                ))}
              </div>
            </AnimateEntries.Provider>
          </section>
        </main>
      </div>
    </LazyMotion>
  );
}

const EMPTY_SET: ReadonlySet<number> = new Set();

const MemoLegend = memo(Legend);

function Legend() {
  return (
    <ul className="legend" aria-label="legend">
      <li>
        <span className="seg-swatch seg-created" /> created, not started
      </li>
      <li>
        <span className="seg-swatch seg-running" /> running
      </li>
      <li>
        <span className="seg-swatch seg-suspended" /> suspended at await
      </li>
      <li>
        <span className="seg-swatch seg-done" /> done
      </li>
      <li>
        <span className="seg-swatch seg-failed" /> failed
      </li>
      <li>▶ started ‖ awaited ↻ resumed ✓ resolved ✕ rejected ⚠ warning</li>
    </ul>
  );
}
