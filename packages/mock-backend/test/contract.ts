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

/** Finds the path template of a concrete path, e.g. /api/dossiers/D1-000001 → /api/dossiers/{id}. */
export function templateOf(path: string): string {
  const p = path.split('?')[0]!;
  for (const t of Object.keys(spec.paths)) {
    const re = new RegExp(`^${t.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (re.test(p)) return t;
  }
  throw new Error(`path ${p} is not in openapi.yaml`);
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
