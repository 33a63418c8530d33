import * as v from 'valibot';
import { LoketConfigSchema, type LoketConfig } from './schema.js';

export interface ConfigIssue {
  /** Dot path of the field, e.g. `navigation.0.href`; empty for the whole configuration. */
  field: string;
  message: string;
  /** `unknown` keys are reported and ignored; `invalid` values are dropped for their default. */
  kind: 'invalid' | 'unknown';
  /** Which source said it: attributes, the configuration URL, inline JSON or the JS API. */
  source?: string;
}

type Path = (string | number)[];

function pathOf(issue: v.BaseIssue<unknown>): Path {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

function removeAt(root: Record<string, unknown>, path: Path): void {
  let parent: unknown = root;
  for (const key of path.slice(0, -1)) {
    parent = (parent as Record<string | number, unknown>)?.[key];
    if (parent === null || typeof parent !== 'object') return;
  }
  const last = path[path.length - 1];
  if (last === undefined) return;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string | number, unknown>)[last];
}

/**
 * Validates configuration without ever failing: each invalid field is dropped (so its default is
 * used) and reported by path; unknown keys are reported and ignored. Whatever arrives — wrong
 * types, huge strings, `javascript:` URLs — the result is a valid configuration.
 */
export interface ValidationResult {
  config: LoketConfig;
  issues: ConfigIssue[];
}

export function validateConfig(input: unknown): ValidationResult {
  if (input === undefined || input === null) return { config: {}, issues: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return { config: {}, issues: [{ field: '', message: 'must be a JSON object', kind: 'invalid' }] };
  }
  let draft: Record<string, unknown>;
  try {
    draft = structuredClone(input) as Record<string, unknown>;
  } catch {
    return { config: {}, issues: [{ field: '', message: 'must be plain JSON data', kind: 'invalid' }] };
  }
  const issues: ConfigIssue[] = [];
  const removed = new Set<string>();
  // Each round drops one offending field; bounded so that no input can loop forever.
  for (let round = 0; round < 200; round++) {
    const result = v.safeParse(LoketConfigSchema, draft);
    if (result.success) return { config: result.output, issues };
    const issue = result.issues[0];
    let path = pathOf(issue);
    const field = path.join('.');
    const unknown = issue.type === 'strict_object' && issue.expected === 'never';
    // A required field that is missing or was dropped: drop its parent instead.
    while (path.length > 0 && removed.has(path.join('.'))) path = path.slice(0, -1);
    if (path.length === 0) return { config: {}, issues: [...issues, { field, message: issue.message, kind: 'invalid' }] };
    removed.add(path.join('.'));
    if (!issues.some((i) => i.field === field)) {
      issues.push({ field, message: unknown ? 'is not a known setting' : issue.message, kind: unknown ? 'unknown' : 'invalid' });
    }
    removeAt(draft, path);
  }
  return { config: {}, issues: [...issues, { field: '', message: 'has too many problems', kind: 'invalid' }] };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep merge of configuration sources, later wins; arrays are replaced, not concatenated. */
export function mergeConfig(...sources: unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const source of sources) {
    if (!isPlainObject(source)) continue;
    for (const [key, value] of Object.entries(source)) {
      if (value === undefined) continue;
      out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeConfig(out[key], value) : value;
    }
  }
  return out;
}
