// Browser side of loading a bundled file: fetch it (never more than the size limit), then hand the
// text to the same validator the CLI uses.
import type { DatasetMeta } from './catalog';
import type { Problem } from './problems';
import { MAX_FILE_BYTES, tooLarge, validateDataset, type DatasetResult } from './validate-dataset';

function failed(meta: DatasetMeta, problem: Problem): DatasetResult {
  return meta.schema.kind === 'csv'
    ? { kind: 'csv', rows: null, problems: [problem], total: 0 }
    : { kind: 'geojson', data: null, problems: [problem], total: 0 };
}

/** Reads a response body, giving up (null) as soon as it exceeds `max` bytes. */
export async function readBytesCapped(
  response: Response,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.byteLength;
  }
  return bytes;
}

/** Reads a response body as UTF-8 text, giving up (null) as soon as it exceeds `max` bytes. */
export async function readTextCapped(response: Response, max: number): Promise<string | null> {
  const bytes = await readBytesCapped(response, max);
  return bytes && new TextDecoder('utf-8').decode(bytes);
}

export async function fetchDataset(
  meta: DatasetMeta,
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<DatasetResult> {
  let response: Response;
  try {
    response = await fetchFn(url);
  } catch (e) {
    return failed(meta, {
      severity: 'error',
      code: 'fetchFailed',
      file: meta.file,
      params: { detail: e instanceof Error ? e.message : String(e) },
    });
  }
  if (!response.ok) {
    return failed(meta, {
      severity: 'error',
      code: 'fetchFailed',
      file: meta.file,
      params: { detail: `HTTP ${response.status}` },
    });
  }
  const text = await readTextCapped(response, MAX_FILE_BYTES);
  if (text === null) {
    const size = Number(response.headers.get('content-length')) || MAX_FILE_BYTES + 1;
    return failed(meta, tooLarge(meta, size));
  }
  return validateDataset(meta, text);
}
