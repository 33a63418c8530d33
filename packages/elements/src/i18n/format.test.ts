import { expect } from '@open-wc/testing';
import { formatDay, formatNumber, formatRelative } from './format.js';

describe('i18n/format', () => {
  const now = Date.parse('2025-03-10T12:00:00Z');
  const ago = (seconds: number) => new Date(now - seconds * 1000);

  it('says how long ago in the largest whole unit, in the reader language', () => {
    expect(formatRelative(ago(3 * 86_400), 'nl', now)).to.equal('3 dagen geleden');
    expect(formatRelative(ago(86_400), 'nl', now)).to.equal('gisteren');
    expect(formatRelative(ago(40 * 86_400), 'nl', now)).to.equal('vorige maand');
    expect(formatRelative(ago(2 * 3600), 'fr', now)).to.equal('il y a 2 heures');
    expect(formatRelative(ago(10), 'en', now)).to.equal('this minute');
  });

  it('shows a calendar day as that day in every time zone, and numbers with the reader separators', () => {
    expect(formatDay('2025-03-03', 'nl')).to.equal('3 maart 2025');
    expect(formatDay('2025-03-03', 'de')).to.equal('3. März 2025');
    expect(formatNumber(1234, 'nl')).to.equal('1.234');
  });
});
