// The desk's worker (started by table-reader.ts): reads one file of the ward's table with the
// same reader as the CLI, off the page's thread, and answers with the table or why it failed.
// Refusals are worded in both languages here, so every text is registered first.
import '../../i18n/register-all-texts';
import { createChomeIndex } from '../../data/chome-name';
import { readChomeTable } from '../chome-table/read';
import type { TableReply, TableRequest } from './table-reader';

addEventListener('message', (e: MessageEvent<TableRequest>) => {
  const { file, bytes, chome } = e.data;
  const answer = (reply: TableReply): void => postMessage(reply);
  readChomeTable(file, bytes, createChomeIndex(chome)).then(
    (table) => answer({ ok: true, table }),
    (error: unknown) => answer({ ok: false, detail: String(error) }),
  );
});
