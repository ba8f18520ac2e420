/** Types of find-browser.mjs (plain JavaScript so Node runs it before anything is compiled). */
export declare const ENV_VARS: readonly string[];

export declare function defaultLocations(platform?: string, home?: string): string[];

export interface SearchOptions {
  env?: Record<string, string | undefined>;
  locations?: string[];
  exists?: (path: string) => boolean;
}

export declare function findBrowser(options?: SearchOptions): { path: string } | { path: null; problem: string };

export declare function missingMessage(problem: string): string;

export declare function ensureBrowser(
  options?: SearchOptions & {
    isRoot?: boolean;
    run?: (cmd: string, args: string[]) => number | null;
    log?: (line: string) => void;
  },
): { path: string } | { path: null; message: string };
