/**
 * The Content-Security-Policy of the built site (issue 10): share links carry strangers'
 * code, and although the interpreter never evaluates it, the page must not be able to run
 * injected or evaluated script either.
 *
 * - `script-src 'self'`: no inline scripts, no `'unsafe-eval'` (eval / new Function throw).
 * - `style-src 'self' 'unsafe-inline'`: Monaco adds its styles as <style> elements at run
 *   time; styles cannot run code.
 * - `worker-src 'self'`: the engine worker and Monaco's editor worker are files of the build.
 * - `font-src 'self' data:`: Monaco's codicon font.
 * - `object-src 'none'; base-uri 'none'; form-action 'none'`: nothing to embed, rebase or post.
 * - `frame-ancestors *`: the embed player (`?embed=1`) is meant for slides and blog posts;
 *   this directive is honoured only as a header, so the preview server sends the policy as
 *   one, and the <meta> (which every static host serves) carries the rest.
 *
 * Only the build gets the policy: Vite's dev server injects inline scripts (React refresh).
 */
import type { Plugin } from 'vite';

const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

/** The policy as a <meta http-equiv> carries it (frame-ancestors is ignored there). */
export const CSP_META = DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
/** The policy as a header, for servers that can send one (vite preview). */
export const CSP_HEADER = `${CSP_META}; frame-ancestors *`;

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'async-lanes-csp',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' }];
    },
  };
}
