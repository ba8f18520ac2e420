/**
 * Presentation mode (issue 8): full screen, large type, high contrast, the editor hidden
 * unless asked for, and at most two model panels side by side with a switcher choosing them.
 *
 * The on/off state is a plain boolean the App holds, so the link (src/ui/url.ts) carries it;
 * this hook wraps its setter with full screen and keeps the panel pick. Full screen is
 * asked for when presentation starts from a user gesture (key or button); a refusal (a page in
 * an iframe without permission, a headless browser) leaves presentation on without it, and
 * leaving full screen with the browser's own Escape also leaves presentation.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModelName } from '../engine/api';

/** The most model panels presentation shows side by side. */
export const PRESENTED_MAX = 2;

export interface Presentation {
  presentation: boolean;
  setPresentation(on: boolean): void;
  /** The models whose panels are shown in presentation (at most PRESENTED_MAX, in `models` order). */
  shown: ModelName[];
  /** The switcher: show `m` (replacing the panel shown longest) or hide it (one stays). */
  toggleShown(m: ModelName): void;
}

/** Which pair to open with: js against python when both run (the comparison the playground is about), else the first two. */
export function defaultShown(models: readonly ModelName[]): ModelName[] {
  if (models.includes('js') && models.includes('python')) return models.filter((m) => m === 'js' || m === 'python');
  return models.slice(0, PRESENTED_MAX);
}

export function usePresentation(models: readonly ModelName[], presentation: boolean, setState: (on: boolean) => void): Presentation {
  const [picked, setPicked] = useState<ModelName[] | null>(null);
  const inFullScreen = useRef(false);

  const setPresentation = useCallback(
    (on: boolean) => {
      setState(on);
      if (typeof document === 'undefined') return;
      if (on && !document.fullscreenElement && document.fullscreenEnabled) {
        document.documentElement.requestFullscreen().then(
          () => (inFullScreen.current = true),
          (reason: unknown) => console.info('Presentation mode without full screen:', reason),
        );
      } else if (!on && document.fullscreenElement && inFullScreen.current) {
        void document.exitFullscreen();
      }
    },
    [setState],
  );

  // The browser's own Escape ends full screen without a key event reaching the page.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && inFullScreen.current) {
        inFullScreen.current = false;
        setState(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [setState]);

  // A pick survives model changes for the models still running; it refills from the default.
  const kept = (picked ?? []).filter((m) => models.includes(m));
  const shown = kept.length > 0 ? models.filter((m) => kept.includes(m)) : defaultShown(models);

  const toggleShown = useCallback(
    (m: ModelName) =>
      setPicked((prev) => {
        const current = (prev ?? []).filter((x) => models.includes(x));
        const base = current.length > 0 ? current : defaultShown(models);
        if (base.includes(m)) return base.length > 1 ? base.filter((x) => x !== m) : base;
        // Most recently picked last, so the one shown longest makes room.
        return [...base, m].slice(-PRESENTED_MAX);
      }),
    [models],
  );

  return { presentation, setPresentation, shown, toggleShown };
}
