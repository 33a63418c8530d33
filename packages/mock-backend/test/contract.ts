/**
 * Validates real responses against openapi.yaml with Ajv (JSON Schema 2020-12, as OpenAPI 3.1
 * uses): status code documented, content type as documented, body valid against the schema.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

type Doc = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }>
  >;
  components: { responses: Record<string, { content?: Record<string, { schema: unknown }> }> };
};

export const spec = parse(readFileSync(new URL('../openapi.yaml', import.meta.url), 'utf8')) as Doc;

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec as object, 'openapi.json');

const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** The path template of a concrete path (/api/dossiers/D0A1… → /api/dossiers/{id}), if any. */
function findTemplate(path: string): string | undefined {
  const p = path.split('?')[0]!;
  return Object.keys(spec.paths).find((t) => new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(p));
}

export function templateOf(path: string): string {
  const t = findTemplate(path);
  if (!t) throw new Error(`path ${path.split('?')[0]} is not in openapi.yaml`);
  return t;
}

/**
 * Validates any response of a documented operation (every test's API calls go through here), so
 * an undocumented status fails the test that provoked it. Routes and methods the contract does
 * not have (404 unknown route, 405 method) are outside it.
 */
export function checkResponse(method: string, path: string, status: number, contentType: string | null, body: unknown): void {
  const template = findTemplate(path);
  if (!template || !spec.paths[template]?.[method.toLowerCase()]) return;
  validateResponse(method, path, status, contentType, body);
}

/** Every (method template status) validated so far, to prove the tests cover the whole contract. */
export const covered = new Set<string>();

export function validateResponse(method: string, path: string, status: number, contentType: string | null, body: unknown): void {
  const template = templateOf(path);
  const op = spec.paths[template]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${template} is not in openapi.yaml`);
  const response = op.responses[String(status)];
  if (!response) throw new Error(`${method} ${template}: status ${status} is not documented`);
  let pointer = `/paths/${esc(template)}/${method.toLowerCase()}/responses/${status}`;
  let content = response.content;
  if (response.$ref) {
    const name = response.$ref.split('/').pop()!;
    pointer = `/components/responses/${esc(name)}`;
    content = spec.components.responses[name]?.content;
  }
  const type = (contentType ?? '').split(';')[0]!.trim();
  if (!content?.[type]) throw new Error(`${method} ${template} ${status}: content type "${type}" is not documented`);
  const ref = `openapi.json#${pointer}/content/${esc(type)}/schema`;
  let validate = compiled.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: ref });
    compiled.set(ref, validate);
  }
  covered.add(`${method.toUpperCase()} ${template} ${status}`);
  if (!validate(body)) {
    throw new Error(
      `${method} ${path} ${status} does not match openapi.yaml: ${ajv.errorsText(validate.errors, { separator: '\n' })}`,
    );
  }
}
