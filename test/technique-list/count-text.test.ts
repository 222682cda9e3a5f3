import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countText } from '../../src/technique-list/count-text.js';

describe('countText: what the count line says', () => {
  it('says how many of all, with no filter on', () => {
    expect(countText(9, 9, false)).to.equal('Showing all 9 techniques');
    expect(countText(1, 1, false)).to.equal('Showing 1 technique');
  });

  it('says how many of how many while a filter is on, none included', () => {
    expect(countText(3, 9, true)).to.equal('Showing 3 of 9 techniques');
    expect(countText(0, 9, true)).to.equal('Showing 0 of 9 techniques');
    expect(countText(1, 1, true)).to.equal('Showing 1 of 1 technique');
  });

  it('names both numbers as digits, and the noun agrees with the total', () => {
    fc.assert(
      fc.property(fc.nat(300), fc.integer({ min: 1, max: 300 }), (shown, total) => {
        const text = countText(shown, total, true);
        expect(text).to.equal(`Showing ${shown} of ${total} technique${total === 1 ? '' : 's'}`);
      }),
    );
  });
});
