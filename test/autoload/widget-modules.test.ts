/** Each tag the CDN loader knows imports the module that defines that tag. */
import { expect } from '@open-wc/testing';
import { WIDGET_MODULES, unknownTagMessage, type WidgetTag } from '../../src/widget-modules.js';

describe('the widget modules, by tag', () => {
  for (const tag of Object.keys(WIDGET_MODULES) as WidgetTag[])
    it(`<${tag}>: its module defines it`, async () => {
      await WIDGET_MODULES[tag].define();
      const element = document.createElement(tag);
      expect(customElements.get(tag)).to.be.a('function');
      expect(element).to.be.an.instanceOf(customElements.get(tag)!);
      expect((customElements.get(tag) as unknown as { version?: string }).version).to.be.a(
        'string',
      );
    });

  it('names the mistyped tag and every element in its message', () => {
    const message = unknownTagMessage('knead-symptom-chek');
    expect(message).to.match(/^knead-widgets: <knead-symptom-chek> is not a knead-widgets element/);
    for (const tag of Object.keys(WIDGET_MODULES)) expect(message).to.include(`<${tag}>`);
  });
});
