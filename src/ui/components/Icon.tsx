/** Playback icons as inline SVG: symbol fonts for ⏮ ⏸ ⏭ are missing on many classroom machines. */
const PATHS = {
  restart: 'M4 3h2v10H4zM13 3 6.5 8 13 13z',
  back: 'M12 3 5 8l7 5z',
  play: 'M5 3v10l8-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  forward: 'M4 3l7 5-7 5zM11 3h2v10h-2z',
  end: 'M3 3l6 5-6 5zM9 3l5 5-5 5zM13 3h1.5v10H13z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
