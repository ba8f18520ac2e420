import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from '../../src/ui/url';

describe('URL format', () => {
  it('round-trips a snippet', () => {
    const s = {
      lang: 'js' as const,
      source: 'console.log("a & b = #1")\n',
      models: ['python', 'promisio' as const] as ('python' | 'promisio')[],
    };
    expect(parseHash(buildHash(s))).toEqual(s);
  });

  it('reads the documented form written by hand', () => {
    const code = LZString.compressToEncodedURIComponent('print(1)');
    expect(parseHash(`#lang=py&code=${code}`)).toEqual({ lang: 'py', source: 'print(1)', models: ['js', 'python'] });
    expect(parseHash(`#models=promisio,bogus,promisio,js&code=${code}&lang=js`)).toEqual({
      lang: 'js',
      source: 'print(1)',
      models: ['promisio', 'js'],
    });
  });

  it('leaves default models out of the link', () => {
    expect(buildHash({ lang: 'py', source: 'x', models: ['js', 'python'] })).not.toContain('models=');
  });

  it('returns null without code or with corrupt code', () => {
    expect(parseHash('')).toBeNull();
    expect(parseHash('#lang=py')).toBeNull();
    expect(parseHash('#code=%%%')).toBeNull();
  });
});
