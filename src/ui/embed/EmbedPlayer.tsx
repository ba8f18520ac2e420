/**
 * The embed player (`?embed=1` with a snippet link's fragment; issue 8): a compact, read-only
 * player for slides and blog posts — the models' panels, playback, the playground's caption line, and an
 * "Open in Async Lanes" link to the full playground — made to live in an iframe
 * (build/csp.ts allows framing). It opens paused where the link says, never autoplays, and
 * never reads or writes the playground's saved work (src/ui/localWork.ts): an embedded
 * snippet is someone else's.
 *
 * The snippet to paste: docs/embed.md.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { LazyMotion } from 'motion/react';
import type { ModelName } from '../../engine/api';
import { readLink, type LinkView, type MarkerRef, type Snippet } from '../url';
import { useRunSession } from '../useRunSession';
import { prerecordedStart } from '../prerecorded';
import { useAlignment } from '../useAlignment';
import { usePlayback } from '../usePlayback';
import { mergeNarration } from '../state/narration';
import { LiveCaption, LiveModelPanel } from '../components/PositionViews';
import { statusOf } from '../components/ModelPanel';
import { Playback } from '../components/Playback';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { AnimateEntries, loadMotionFeatures } from '../components/motionContext';
import './embed.css';

const EMPTY_SET: ReadonlySet<number> = new Set();

/** The full playground's address for this embed: the same fragment, without `?embed=1`. */
export function fullPlaygroundUrl(loc: Pick<Location, 'origin' | 'pathname' | 'hash'>): string {
  return `${loc.origin}${loc.pathname}${loc.hash}`;
}

export function EmbedPlayer() {
  const link = useMemo(() => readLink(location.hash), []);
  if (link.kind !== 'snippet')
    return (
      <div className="embed" data-role="player" data-status="unreadable">
        <p className="embed-problem" role="alert">
          This embed’s link holds no snippet that can be read
          {link.kind === 'unreadable' ? ` (${link.reason})` : ''}.
        </p>
      </div>
    );
  return <EmbedRun snippet={link.snippet} view={link.view} />;
}

function EmbedRun({ snippet, view }: { snippet: Snippet; view: LinkView }) {
  // An embed of the default example shows the build's prerecording at once, as the playground does (issue 10, first paint).
  const { session, start, cancel } = useRunSession(() => prerecordedStart(snippet.source, snippet.lang, snippet.models, snippet.jsMode));
  useEffect(() => start(snippet.source, snippet.lang, snippet.models, snippet.jsMode), [snippet, start]);
  const { runs } = session;
  const { alignment, lengths, recorded, finished } = useAlignment(session);
  // The playground's caption line: every model's narration in playback order, once recorded.
  const narration = useMemo(
    () =>
      recorded
        ? mergeNarration(
            runs.map((r) => ({ model: r.model, events: r.history.events })),
            alignment,
          )
        : null,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `lengths` is the histories' version (they grow in place)
    [recorded, runs, lengths, alignment],
  );
  const playback = usePlayback(alignment.total, finished, session.runId, { position: view.pos ?? 0, playing: false }, view.speed);
  const [markers, setMarkers] = useState<MarkerRef[]>(view.markers ?? []);
  const selectMarker = useCallback((model: ModelName, seq: number | null) => {
    setMarkers((ms) => [...ms.filter((m) => m.model !== model), ...(seq === null ? [] : [{ model, seq }])]);
  }, []);
  const xOfs = useMemo(
    () =>
      runs.map((run, m) => {
        const globalOf = alignment.globalOf[m] ?? [];
        return { run, xOf: (seq: number) => (alignment.total === 0 ? 0 : (globalOf[seq] ?? alignment.total) / alignment.total) };
      }),
    [alignment, runs],
  );

  return (
    <LazyMotion features={loadMotionFeatures} strict>
      <div
        className="embed"
        data-role="player"
        data-run-status={session.status}
        data-recording={session.recording === 'prerecorded' ? 'prerecorded' : 'live'}
        data-prerecording={session.prerecording}
        data-models={snippet.models.join(',')}
      >
        <header className="embed-bar">
          <Playback playback={playback} total={alignment.total} running={session.status === 'running'} onCancel={cancel} />
          <a className="embed-open" href={fullPlaygroundUrl(location)} target="_blank" rel="noopener noreferrer" data-role="open-full">
            Open in Async Lanes ↗
          </a>
        </header>
        <LiveCaption store={playback.store} total={alignment.total} narration={narration} />
        <details className="embed-code">
          <summary>Code ({snippet.lang === 'py' ? 'Python' : 'JavaScript'})</summary>
          <pre>{snippet.source}</pre>
        </details>
        <AnimateEntries.Provider value={false}>
          <div className={`panels panels-${runs.length}`}>
            {xOfs.map(({ run: r, xOf }, m) => (
              <ErrorBoundary key={`${session.runId}-${r.model}`} label={`${r.model} panel`}>
                <LiveModelPanel
                  store={playback.store}
                  alignment={alignment}
                  m={m}
                  run={r}
                  status={statusOf(r)}
                  xOf={xOf}
                  divergent={EMPTY_SET}
                  showAllKinds={view.allKinds ?? false}
                  selectedSeq={markers.find((mk) => mk.model === r.model)?.seq ?? null}
                  onSelectSeq={selectMarker}
                />
              </ErrorBoundary>
            ))}
          </div>
        </AnimateEntries.Provider>
      </div>
    </LazyMotion>
  );
}
