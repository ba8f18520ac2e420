/** The playback speeds offered (recorded events per second), shared by the player and the link format. */
export const SPEEDS = [2, 8, 30, 120, 600, 5000] as const;
export const DEFAULT_SPEED = 30;
