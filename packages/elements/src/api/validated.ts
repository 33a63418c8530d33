import * as v from 'valibot';
import { fail, requestJson, type ApiResult, type RequestOptions } from './client.js';

/** GET JSON and validate it against a schema: an element only ever sees well-formed data. */
export async function getJson<S extends v.GenericSchema>(
  url: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResult<v.InferOutput<S>>> {
  const result = await requestJson(url, options);
  if (!result.ok) return result;
  const parsed = v.safeParse(schema, result.data);
  if (parsed.success) return { ok: true, data: parsed.output };
  const first = parsed.issues[0];
  return fail(
    'invalid',
    `${url} answered data loket does not understand (at ${v.getDotPath(first) ?? '(root)'}: ${first.message})`,
  );
}
