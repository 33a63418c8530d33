import * as v from 'valibot';
import {
  fail,
  requestJson,
  requestWithHeaders,
  sendJson,
  type ApiError,
  type ApiResult,
  type JsonAnswer,
  type RequestOptions,
  type SendOptions,
} from './client.js';
import { INVALID_PARAM_CODES, type InvalidParamCode } from './contract.js';

/** GET JSON and validate it against a schema: an element only ever sees well-formed data. */
export async function getJson<S extends v.GenericSchema>(
  url: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResult<v.InferOutput<S>>> {
  const result = await requestJson(url, options);
  if (!result.ok) return result;
  return validate(url, schema, result.data);
}

/** A validated answer of a conditional API, with the version (`ETag`) it is. */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

/** GET JSON with its `ETag`, validated. */
export async function getVersioned<S extends v.GenericSchema>(
  url: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResult<Versioned<v.InferOutput<S>>>> {
  return versioned(url, schema, await requestWithHeaders(url, options));
}

/** PATCH/POST/DELETE with `If-Match`; the answer (the whole new resource) validated, with its new `ETag`. */
export async function sendVersioned<S extends v.GenericSchema>(
  url: string,
  schema: S,
  options: SendOptions,
): Promise<ApiResult<Versioned<v.InferOutput<S>>>> {
  return versioned(url, schema, await sendJson(url, options));
}

function versioned<S extends v.GenericSchema>(
  url: string,
  schema: S,
  result: ApiResult<JsonAnswer>,
): ApiResult<Versioned<v.InferOutput<S>>> {
  if (!result.ok) return result;
  const parsed = validate(url, schema, result.data.data);
  return parsed.ok ? { ok: true, data: { data: parsed.data, etag: result.data.etag } } : parsed;
}

function validate<S extends v.GenericSchema>(url: string, schema: S, data: unknown): ApiResult<v.InferOutput<S>> {
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return { ok: true, data: parsed.output };
  const first = parsed.issues[0];
  return fail(
    'invalid',
    `${url} answered data loket does not understand (at ${v.getDotPath(first) ?? '(root)'}: ${first.message})`,
  );
}

/** One field a change was refused for: its path in the request body and the kind of refusal. */
export interface InvalidParam {
  /** `waarde`, `adres/postcode`, `doelgroep/minimumleeftijd`; '' for the body itself. */
  name: string;
  /** Undefined when the backend gave none, or one loket does not know: the UI words it generically. */
  code: InvalidParamCode | undefined;
}

const ProblemSchema = v.object({
  invalidParams: v.optional(
    v.pipe(
      v.array(
        v.object({
          name: v.pipe(v.string(), v.maxLength(200)),
          // Never compared as a sentence: the code says why, the UI words it (reason is for people reading logs).
          code: v.optional(v.unknown()),
        }),
      ),
      v.maxLength(100),
    ),
  ),
});

/** The refused fields of a 400 answer to a change; [] when it named none (or was not problem+json). */
export function invalidParams(error: ApiError): InvalidParam[] {
  const parsed = v.safeParse(ProblemSchema, error.details.problem);
  if (!parsed.success) return [];
  return (parsed.output.invalidParams ?? []).map(({ name, code }) => ({
    name,
    code: (INVALID_PARAM_CODES as readonly unknown[]).includes(code) ? (code as InvalidParamCode) : undefined,
  }));
}
