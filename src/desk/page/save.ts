// Browser adapter for "save": in `npm run dev` the files go to the dev server's desk endpoint
// (scripts/desk-save-plugin.ts), which checks and writes them into data/ (or answers that the
// files changed since the desk read them, or that the set would have new errors); the built site
// has no server, so the files are downloaded with a note saying where they go.
import type { DatasetId } from '../../data/catalog';
import { datasetById } from '../../data/catalog';
import type { SaveProblem } from '../../data/whole-set-check';
import type { Lang } from '../../i18n/i18n';
import { downloadText } from '../../lib/download';
import { textVersion } from '../../lib/text-version';

export interface SaveRequest {
  /** New texts by file name (names from the catalogue). */
  readonly files: ReadonlyMap<string, string>;
  /** Every file as the desk read it: the server compares their versions with the disk. */
  readonly base: ReadonlyMap<DatasetId, string>;
  /** Each file's change-log line, by file name. */
  readonly changes: ReadonlyMap<string, string>;
  readonly source: string;
  readonly lang: Lang;
}

export type SaveResult =
  | { readonly kind: 'written'; readonly files: readonly string[] }
  | { readonly kind: 'downloaded'; readonly files: readonly string[] }
  | { readonly kind: 'refused'; readonly problems: readonly SaveProblem[] }
  | {
      readonly kind: 'conflict';
      readonly changed: readonly { readonly file: string; readonly text: string }[];
    }
  | { readonly kind: 'failed'; readonly reason: string };

/** Same path as DESK_SAVE.path in the plugin (not imported: that module is Node-only). */
const ENDPOINT = '/__desk/save';

interface Reply {
  readonly ok: boolean;
  readonly error?: string;
  readonly problems?: readonly SaveProblem[];
  readonly changed?: readonly { readonly file: string; readonly text: string }[];
}

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
        base: Object.fromEntries(
          [...request.base].map(([id, text]) => [datasetById(id).file, textVersion(text)]),
        ),
        changes: Object.fromEntries(request.changes),
        change: [...new Set(request.changes.values())].join(' / '),
        source: request.source,
        lang: request.lang,
      }),
    });
    const reply = (await res.json()) as Reply;
    if (reply.ok) return { kind: 'written', files: names };
    if (res.status === 409 && reply.changed) return { kind: 'conflict', changed: reply.changed };
    if (res.status === 422 && reply.problems) return { kind: 'refused', problems: reply.problems };
    return { kind: 'failed', reason: reply.error ?? String(res.status) };
  } catch (e) {
    return { kind: 'failed', reason: String(e) };
  }
}
