// Browser adapter for "save": in `npm run dev` the files go to the dev server's desk endpoint
// (scripts/desk-save-plugin.ts), which checks and writes them into data/; the built site has no
// server, so the files are downloaded with a note saying where they go.
import { downloadText } from '../../lib/download';

export interface SaveRequest {
  /** New texts by file name (names from the catalogue). */
  readonly files: ReadonlyMap<string, string>;
  readonly source: string;
  readonly change: string;
}

export type SaveResult =
  | { readonly kind: 'written'; readonly files: readonly string[] }
  | { readonly kind: 'downloaded'; readonly files: readonly string[] }
  | { readonly kind: 'failed'; readonly reason: string };

/** Same path as DESK_SAVE.path in the plugin (not imported: that module is Node-only). */
const ENDPOINT = '/__desk/save';

export async function saveFiles(doc: Document, request: SaveRequest): Promise<SaveResult> {
  const names = [...request.files.keys()];
  if (!import.meta.env.DEV) {
    for (const [name, text] of request.files) {
      const type = name.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/geo+json';
      downloadText(doc, name, text, type);
    }
    return { kind: 'downloaded', files: names };
  }
  try {
    const res = await fetch(new URL(ENDPOINT, doc.baseURI), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        files: Object.fromEntries(request.files),
        source: request.source,
        change: request.change,
      }),
    });
    const reply = (await res.json()) as { ok: boolean; error?: string };
    return reply.ok
      ? { kind: 'written', files: names }
      : { kind: 'failed', reason: reply.error ?? String(res.status) };
  } catch (e) {
    return { kind: 'failed', reason: String(e) };
  }
}
