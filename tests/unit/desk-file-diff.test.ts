// What replacing a bundled file changes, matched by the ids the map uses (fid).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffDataFile } from '../../src/desk/page/data-file-diff';

const data = (file: string): string =>
  readFileSync(join(import.meta.dirname, '..', '..', 'data', file), 'utf8');

interface Fc {
  features: { properties: Record<string, unknown>; geometry: unknown }[];
}

describe('diffDataFile', () => {
  it('names shelters added, removed and changed by their 共通ID', () => {
    const before = data('gsi_designated_shelters.geojson');
    const fc = JSON.parse(before) as Fc;
    const [gone, edited, template] = fc.features;
    const after: Fc = {
      ...fc,
      features: [
        { ...edited!, properties: { ...edited!.properties, '施設・場所名': '合成の新しい名前' } },
        ...fc.features.slice(3),
        template!,
        {
          ...template!,
          properties: { ...template!.properties, 共通ID: 'E1310900SYNTHETIC', NO: 999999 },
        },
      ],
    };
    const diff = diffDataFile('shelters', before, JSON.stringify(after));
    expect(diff).toEqual({
      added: ['E1310900SYNTHETIC'],
      removed: [String(gone!.properties['共通ID'])],
      changed: [String(edited!.properties['共通ID'])],
      unchanged: fc.features.length - 2,
    });
  });

  it('matches CSV rows by the catalogue key (flood_events.csv: id)', () => {
    const before = data('flood_events.csv');
    const after = before.replace('SH-1742,event,1742,', 'SH-1742,event,1743,');
    const diff = diffDataFile('floodEvents', before, after);
    expect(diff?.changed).toEqual(['SH-1742']);
    expect(diff?.added).toEqual([]);
    expect(diff?.removed).toEqual([]);
  });

  it('gives nothing for a file that does not load (its problems say why)', () => {
    expect(
      diffDataFile('shelters', data('gsi_designated_shelters.geojson'), '{not json'),
    ).toBeNull();
  });
});
