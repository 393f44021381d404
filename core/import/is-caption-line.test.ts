import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCaptionLine } from './is-caption-line.js';
import { FIXTURES } from '../../tests/support/fixtures.js';

const SEED_PARAGRAPHS = fs.readFileSync(path.join(FIXTURES, 'seed-article.txt'), 'utf8').split(/\r?\n\s*\r?\n/).map((part) => part.trim());

describe('isCaptionLine', () => {
  it.each([
    'Russia - Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinian make statements to the press after talks in Sochi, November 26, 2021.',
    'Czech Republic - The leaders of Armenia, Azerbaijan, France and the EU meet in Prague, October 6, 2022.',
    'Armenia - Armenian soldiers at a position near the border with Azerbaijan.',
    'Bosnia and Herzegovina - Protesters gather outside the parliament in Sarajevo.',
    'Democratic Republic of the Congo - Displaced people queue for food in Goma, May 3, 2023.',
    'Guinea-Bissau - Voters wait outside a polling station in Bissau.',
    'U.S. - Secretary of State Antony Blinken speaks to reporters in Washington.',
    'Nagorno-Karabakh - An Armenian checkpoint on the Lachin road, photo from 2021.',
    'Azerbaijan - “A new era,” reads a banner in Baku.',
  ])('recognises the caption %j', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    'The United States and the European Union have been at the forefront of those efforts in recent months and especially since the September 13-14 fighting on the Armenian-Azerbaijani border.',
    'Russia - the country that brokered the 2020 ceasefire - says little.',
    'Russia says that the Western powers are trying to sideline it - and use the Karabakh conflict.',
    'Moscow - Baku',
    'Russia - Short.',
    'Russia -Russian President Vladimir Putin spoke at length in Sochi yesterday.',
    'Russia – Russian President Vladimir Putin spoke at length in Sochi yesterday.',
    'Russia - Russian President Vladimir Putin spoke at length in Sochi yesterday',
    'Vladimir Putin Sergei Lavrov Ilham Aliyev - They met in Sochi and talked for hours.',
    'In Russia - Russian President Vladimir Putin spoke at length in Sochi yesterday.',
    'Russia - Russian President Vladimir Putin spoke\nat length in Sochi yesterday.',
    `Russia - ${'Very long caption text. '.repeat(20)}`,
    '',
  ])('does not take %j for a caption', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });

  it('finds exactly the two captions among the seed article’s paragraphs', () => {
    const captions = SEED_PARAGRAPHS.filter(isCaptionLine);
    expect(captions).toHaveLength(2);
    expect(captions[0]).toMatch(/^Russia - /);
    expect(captions[1]).toMatch(/^Czech Republic - /);
  });
});
