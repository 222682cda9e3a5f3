import { expect } from '@open-wc/testing';
import type { KneadTechniqueCard } from '../../src/technique-card/technique-card.js';
import { present } from '../harness/dom.js';
import { clearPage, holder, settleAll } from './support.js';

const actionsRow = (card: Element) => present(card.shadowRoot!.querySelector('[part~="actions"]'));

/**
 * An app that recycles its views (a virtual list, a cached route) takes a card off the
 * page, gives it new children while it is away, and puts it back. What the card shows must
 * follow its children as they are when it comes back.
 */

const link = (text: string, slot: string) => {
  const a = document.createElement('a');
  a.href = '/more';
  a.slot = slot;
  a.textContent = text;
  return a;
};

describe('hostile SPA: a card whose children change while it is off the page', () => {
  afterEach(clearPage);

  it('a “Read more” link added while away is shown once the card is back, and goes when taken away while away', async () => {
    const card = document.createElement('knead-technique-card') as KneadTechniqueCard;
    card.technique = 'swedish';
    holder().append(card);
    await settleAll();
    expect(actionsRow(card), 'no actions yet').to.equal(false);

    card.remove();
    const more = link('Read more about Swedish massage', 'actions');
    card.append(more);
    holder().append(card);
    await settleAll();
    expect(more.checkVisibility(), 'the link the app added is shown').to.equal(true);

    card.remove();
    more.remove();
    holder().append(card);
    await settleAll();
    expect(actionsRow(card), 'no empty actions row').to.equal(false);
  });

  it('a clinic’s own card given its description while away shows it once back', async () => {
    const card = document.createElement('knead-technique-card') as KneadTechniqueCard;
    card.technique = 'hot-stone';
    card.name = 'Hot stone massage';
    const home = holder();
    home.append(card);
    await settleAll();
    expect(present(card.shadowRoot!.querySelector('details')), 'nothing to disclose').to.equal(
      false,
    );

    card.remove();
    const own = document.createElement('p');
    own.slot = 'description';
    own.textContent = 'Smooth warm basalt stones glide along the back.';
    card.append(own);
    home.append(card);
    await settleAll();
    const details = card.shadowRoot!.querySelector('details');
    expect(present(details), 'the details hold the description').to.equal(true);
    details!.open = true;
    expect(own.checkVisibility(), 'the clinic’s own description is shown').to.equal(true);
  });
});
