/**
 * An Internet Explorer 11 stand-in for running the built ES5 scripts: a jsdom window from which every built-in and
 * DOM method IE 11 lacks has been removed, and whose RegExp constructor refuses what IE 11's refuses (flags other
 * than g, i, m; patterns beyond ES5 such as lookbehind, named groups, \p{…}). The scripts must bring what they use
 * (core-js, injected by Babel) or do without: a missing polyfill fails here as it would in Office 2019's web view.
 *
 * Syntax is checked separately (acorn, ecmaVersion 5): this window's engine is V8 and would parse anything. Values
 * handed in from the test's own realm (the fake Excel's grids) keep that realm's methods; what the scripts create
 * themselves uses this window's.
 */
import { JSDOM } from 'jsdom';
import { RegExpValidator } from '@eslint-community/regexpp';

/** Globals IE 11 does not have (or has too incompletely for core-js to keep: Map, Set and WeakMap lack iterables). */
const MISSING_GLOBALS = [
  'Promise', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Proxy', 'Reflect',
  'globalThis', 'URL', 'URLSearchParams', 'TextDecoder', 'TextEncoder', 'fetch', 'queueMicrotask', 'structuredClone',
  'AbortController', 'ResizeObserver', 'IntersectionObserver', 'BigInt', 'Intl.Segmenter',
];

const MISSING_STATICS: Record<string, string[]> = {
  Object: ['assign', 'entries', 'values', 'fromEntries', 'getOwnPropertyDescriptors', 'is', 'hasOwn', 'groupBy'],
  Array: ['from', 'of', 'fromAsync'],
  String: ['fromCodePoint', 'raw'],
  Number: ['isInteger', 'isFinite', 'isNaN', 'isSafeInteger', 'parseFloat', 'parseInt'], // (EPSILON and the SAFE_INTEGER constants cannot be deleted)
  Math: ['trunc', 'sign', 'log10', 'log2', 'log1p', 'expm1', 'hypot', 'cbrt', 'clz32', 'imul', 'fround', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'],
};

const MISSING_METHODS: Record<string, string[]> = {
  Array: ['find', 'findIndex', 'findLast', 'findLastIndex', 'fill', 'includes', 'flat', 'flatMap', 'entries', 'keys', 'values', 'copyWithin', 'at', 'toSorted', 'toReversed', 'toSpliced', 'with'],
  String: ['startsWith', 'endsWith', 'includes', 'repeat', 'padStart', 'padEnd', 'trimStart', 'trimEnd', 'codePointAt', 'normalize', 'at', 'replaceAll', 'matchAll', 'isWellFormed', 'toWellFormed'],
  Element: ['append', 'prepend', 'replaceChildren', 'before', 'after', 'replaceWith', 'remove', 'closest', 'matches', 'toggleAttribute', 'getAttributeNames'],
  Document: ['append', 'prepend', 'replaceChildren'],
  DocumentFragment: ['append', 'prepend', 'replaceChildren'],
  CharacterData: ['before', 'after', 'replaceWith', 'remove'],
  NodeList: ['forEach', 'entries', 'keys', 'values'],
  DOMTokenList: ['replace', 'forEach', 'entries', 'keys', 'values'],
};

type Win = Record<string, unknown> & { eval(code: string): unknown; document: Document; navigator: Navigator; addEventListener: Window['addEventListener'] };

/** Make `RegExp` accept only what IE 11's does; regex literals are checked by the ES5 parse of the file instead. */
function ie11RegExp(win: Win): void {
  const Native = win.RegExp as RegExpConstructor;
  const validator = new RegExpValidator({ ecmaVersion: 5 });
  function check(pattern: unknown, flags: unknown): void {
    const source = pattern instanceof Native ? pattern.source : pattern === undefined ? '' : String(pattern);
    const f = flags === undefined ? (pattern instanceof Native ? pattern.flags : '') : String(flags);
    if (!/^[gim]*$/.test(f) || new Set(f).size !== f.length) throw new (win.SyntaxError as SyntaxErrorConstructor)(`Invalid regular expression flags: ${f}`);
    try {
      validator.validatePattern(source, 0, source.length, { unicode: false });
    } catch (error) {
      throw new (win.SyntaxError as SyntaxErrorConstructor)(`Invalid regular expression (IE 11): /${source}/: ${(error as Error).message}`);
    }
  }
  const IE11 = function RegExp(this: unknown, pattern?: unknown, flags?: unknown) {
    check(pattern, flags);
    return flags === undefined && pattern instanceof Native && !(this instanceof IE11) ? pattern : new Native(pattern as string, flags as string);
  } as unknown as RegExpConstructor;
  Object.defineProperty(IE11, 'prototype', { value: Native.prototype });
  Object.defineProperty(Native.prototype, 'constructor', { value: IE11, writable: true, configurable: true });
  for (const key of Object.getOwnPropertyNames(Native)) {
    if (!(key in IE11)) Object.defineProperty(IE11, key, Object.getOwnPropertyDescriptor(Native, key)!);
  }
  win.RegExp = IE11;
}

function strip(win: Win): void {
  for (const name of MISSING_GLOBALS) {
    const [owner, key] = name.includes('.') ? name.split('.') : [null, name];
    const target = owner ? (win[owner] as Record<string, unknown>) : win;
    if (target) delete target[key];
  }
  for (const [owner, keys] of Object.entries(MISSING_STATICS)) {
    const ctor = win[owner] as Record<string, unknown>;
    for (const key of keys) delete ctor[key];
  }
  for (const [owner, keys] of Object.entries(MISSING_METHODS)) {
    const proto = (win[owner] as { prototype: Record<string, unknown> } | undefined)?.prototype;
    if (!proto) continue;
    for (const key of keys) delete proto[key];
  }
  // (RegExp.prototype.flags stays: V8's own split and replace read it.)
  ie11RegExp(win);
}

export interface IE11Page {
  window: Win;
  dom: JSDOM;
  /** Run a script's source in the page, as a <script> would. */
  run(source: string): void;
  /** Errors thrown by scripts or reported to window.onerror, and console.error calls. */
  errors: string[];
}

/** A page at `url` with `html`, in the IE 11 stand-in; its own <script> tags do not run (use `run`). */
export function ie11Page(html: string, url: string, globals: Record<string, unknown> = {}): IE11Page {
  const dom = new JSDOM(html, { url, runScripts: 'outside-only' });
  const win = dom.window as unknown as Win;
  strip(win);
  Object.defineProperty(win.document, 'documentMode', { value: 11, configurable: true });
  Object.defineProperty(win.navigator, 'userAgent', { value: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', configurable: true });
  Object.assign(win, globals);
  const errors: string[] = [];
  win.addEventListener('error', (event: Event) => errors.push(String((event as ErrorEvent).message)));
  (win.console as Console).error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return {
    window: win,
    dom,
    errors,
    run(source: string) {
      try {
        win.eval(source);
      } catch (error) {
        errors.push(String(error));
        throw error;
      }
    },
  };
}

/** The lists above, for the report of what the stand-in removes. */
export const IE11_REMOVED = { globals: MISSING_GLOBALS, statics: MISSING_STATICS, methods: MISSING_METHODS };
