/**
 * Source text as the runtimes read files: a leading UTF-8 byte order mark (U+FEFF once
 * decoded) is not part of the program. CPython's tokenizer skips it when it decodes the
 * file (Parser/tokenizer.c `check_bom`), and Node strips it before compiling a CommonJS
 * module (`stripBOM` in lib/internal/modules/cjs/loader.js) or an ES module. Without this,
 * `\ufeffprint("hi")` is a NameError for the name '\ufeffprint' (issue 10).
 */
export function withoutBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}
