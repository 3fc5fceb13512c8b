// updateReadme on a SYNTHETIC README (written inline); whether data/README.md itself is up to date
// is part of the data contract (data-contract.test.ts).
import { describe, it, expect } from 'vitest';
import { documentedCatalog as catalog } from '../../src/data/catalog-docs';
import { BEGIN, END, generatedSection, updateReadme } from '../../src/data/data-readme';

const intro = '# Synthetic data\n\nHand-written intro.\n\n';
const outro = '\n\n## Hand-written notes after the generated part\n';

describe('updateReadme', () => {
  it('replaces only the generated section, keeping the text before and after it', () => {
    const stale = `${intro}${BEGIN}\nold text\n${END}${outro}`;
    expect(updateReadme(stale, catalog)).toBe(`${intro}${generatedSection(catalog)}${outro}`);
  });

  it('lists every catalogue file in the generated section', () => {
    const section = generatedSection(catalog);
    expect(section.startsWith(BEGIN)).toBe(true);
    expect(section.endsWith(END)).toBe(true);
    for (const meta of catalog) expect(section).toContain(`\`${meta.file}\``);
  });

  it('appends a section when there is none, and changes nothing the second time', () => {
    const added = updateReadme('# Data\n\nHand-written intro.\n', catalog);
    expect(added.startsWith(`# Data\n\nHand-written intro.\n\n${BEGIN}`)).toBe(true);
    expect(added.trimEnd().endsWith(END)).toBe(true);
    expect(updateReadme(added, catalog)).toBe(added);
  });

  it('appends rather than cut text when the markers are in the wrong order', () => {
    const swapped = `${intro}${END}\nmiddle\n${BEGIN}${outro}`;
    const out = updateReadme(swapped, catalog);
    expect(out.startsWith(swapped.trimEnd())).toBe(true);
    expect(out.endsWith(`${generatedSection(catalog)}\n`)).toBe(true);
  });
});
