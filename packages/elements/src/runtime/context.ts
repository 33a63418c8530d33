import { createContext } from '@lit/context';
import type { LoketRuntime } from './runtime.js';

/**
 * How an element finds its runtime: the nearest provider above it — the page's (on `<html>`, see
 * ./page.ts) or a `<loket-scope>` around it (stories, tests, a theme preview). A global symbol, so
 * two copies of loket on one page share the page's runtime instead of each starting a session.
 */
export const runtimeContext = createContext<LoketRuntime>(Symbol.for('loket.runtime'));
