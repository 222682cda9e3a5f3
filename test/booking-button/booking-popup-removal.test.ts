import { aTimeout, expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/define.js';
import type { KneadBookingButton } from '../../src/booking-button/booking-button.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import { control, focused, nextEvent, openPopup, popup } from '../harness/booking-button.js';
import { calendlyPopup, closeEveryPopup } from './fixtures.js';
import { watchMessageListeners, type MessageListenerWatch } from './message-listeners.js';

/*
 * A page may take a button away, or move it, while its popup opens or is open (a single-page
 * app changing route, a framework re-ordering a list): the popup then lets go of everything
 * once, and the page still hears one close per open.
 */
describe('<knead-booking-button> popup taken off the page', () => {
  afterEach(closeEveryPopup);

  describe('removed while open', () => {
    const page = () => html`
      <div>
        <button id="before">Before</button>
        <p id="holder">${calendlyPopup()}</p>
        <button id="after">After</button>
      </div>
    `;

    it('fires knead-booking-close once, unlocks scrolling and keeps focus in the page', async () => {
      const root = await fixture<HTMLElement>(page());
      const el = root.querySelector('knead-booking-button')!;
      await openPopup(el);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      let onButton = 0;
      let onHolder = 0;
      el.addEventListener('knead-booking-close', () => onButton++);
      root.querySelector('#holder')!.addEventListener('knead-booking-close', () => onHolder++);

      root.querySelector('#holder')!.remove();
      expect(onButton, 'heard on the button').to.equal(1);
      expect(onHolder, 'heard on the removed ancestor').to.equal(1);
      expect(document.documentElement.style.overflow, 'scrolling unlocked').to.equal('');
      expect(focused()?.id ?? 'nowhere', 'focus').to.equal('after');

      // Whatever the browser still has queued for the removed dialog, nothing fires twice.
      await nextFrame();
      await nextFrame();
      expect(onButton).to.equal(1);
      expect(document.documentElement.style.overflow).to.equal('');
    });

    it('moves focus back to the previous control when nothing follows it', async () => {
      const root = await fixture<HTMLElement>(html`
        <div><button id="before">Before</button>${calendlyPopup()}</div>
      `);
      const el = root.querySelector('knead-booking-button')!;
      await openPopup(el);
      el.remove();
      expect(focused()?.id ?? 'nowhere').to.equal('before');
    });

    it('fires knead-booking-close once and unlocks scrolling when closed and removed in one task', async () => {
      const root = await fixture<HTMLElement>(page());
      const el = root.querySelector('knead-booking-button')!;
      await openPopup(el);
      let onDocument = 0;
      const count = () => onDocument++;
      document.addEventListener('knead-booking-close', count);
      el.closePopup();
      el.remove();
      await aTimeout(0);
      await nextFrame();
      document.removeEventListener('knead-booking-close', count);
      expect(onDocument).to.equal(1);
      expect(document.documentElement.style.overflow, 'scrolling unlocked').to.equal('');
    });

    it('fires nothing when removed with its popup closed', async () => {
      const root = await fixture<HTMLElement>(page());
      const el = root.querySelector('knead-booking-button')!;
      await openPopup(el);
      const closed = nextEvent(el, 'knead-booking-close');
      el.closePopup();
      await closed;
      let more = 0;
      el.addEventListener('knead-booking-close', () => more++);
      el.remove();
      await nextFrame();
      expect(more).to.equal(0);
      expect(document.documentElement.style.overflow).to.equal('');
    });
  });

  describe('close heard on the document', () => {
    it('fires knead-booking-close once on the document when the button is removed with its popup open', async () => {
      const root = await fixture<HTMLElement>(html`<div>${calendlyPopup()}</div>`);
      const el = root.querySelector('knead-booking-button')!;
      await openPopup(el);
      let onDocument = 0;
      let onButton = 0;
      const count = () => onDocument++;
      document.addEventListener('knead-booking-close', count);
      el.addEventListener('knead-booking-close', () => onButton++);
      el.remove();
      await aTimeout(0);
      await nextFrame();
      document.removeEventListener('knead-booking-close', count);
      expect({ onDocument, onButton }).to.deep.equal({ onDocument: 1, onButton: 1 });
    });

    it('fires knead-booking-close once when the page clinic serving the open popup is removed', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <knead-clinic page booking-provider="calendly" booking-account="x"></knead-clinic>
          <p><knead-booking-button mode="popup"></knead-booking-button></p>
        </div>
      `);
      const clinic = root.querySelector<KneadClinic>('knead-clinic')!;
      const el = root.querySelector('knead-booking-button')!;
      await clinic.updateComplete;
      await el.updateComplete;
      await openPopup(el);
      let onDocument = 0;
      const count = () => onDocument++;
      document.addEventListener('knead-booking-close', count);
      clinic.remove();
      await el.updateComplete;
      await aTimeout(0);
      await nextFrame();
      document.removeEventListener('knead-booking-close', count);
      expect(onDocument).to.equal(1);
      expect(popup(el).open).to.equal(false);
    });
  });

  describe('removed or moved while it opens', () => {
    const button = () => html`
      <div>
        <p id="here">${calendlyPopup()}</p>
        <p id="there"></p>
      </div>
    `;
    let rejections: string[];
    const onRejection = (event: PromiseRejectionEvent) => {
      rejections.push(String(event.reason));
      event.preventDefault();
    };
    // The window 'message' listeners added and not removed since the test began.
    let messages: MessageListenerWatch;
    beforeEach(() => {
      rejections = [];
      window.addEventListener('unhandledrejection', onRejection);
      messages = watchMessageListeners();
    });
    afterEach(() => {
      messages.stop();
      window.removeEventListener('unhandledrejection', onRejection);
    });

    /** Whether scrolling is locked now, and whether one open and close of a popup leaves it free. */
    async function scrollAfterwards(): Promise<{ now: string; afterAnotherPopup: string }> {
      const now = document.documentElement.style.overflow;
      const other = await fixture<KneadBookingButton>(calendlyPopup({ account: 'other' }));
      await openPopup(other);
      const closed = nextEvent(other, 'knead-booking-close');
      other.closePopup();
      await closed;
      return { now, afterAnotherPopup: document.documentElement.style.overflow };
    }

    it('opens nothing, locks nothing and throws nothing when removed in the same task as openPopup()', async () => {
      const root = await fixture<HTMLElement>(button());
      const el = root.querySelector('knead-booking-button')!;
      let opened = 0;
      el.addEventListener('knead-booking-open', () => opened++);
      const opening = el.openPopup();
      el.remove();
      let thrown = 'nothing';
      await opening.catch((error: unknown) => (thrown = String(error)));
      await aTimeout(0);
      expect(thrown).to.equal('nothing');
      expect(opened).to.equal(0);
      expect(await scrollAfterwards()).to.deep.equal({ now: '', afterAnotherPopup: '' });
      expect(rejections).to.deep.equal([]);
    });

    it('does the same when a knead-booking-click handler removes the button', async () => {
      const root = await fixture<HTMLElement>(button());
      const el = root.querySelector('knead-booking-button')!;
      el.addEventListener('knead-booking-click', () => el.remove());
      control(el).click();
      // The click's own opening runs ahead of this one, which waits for the same steps.
      await el.openPopup().catch(() => undefined);
      await aTimeout(0);
      expect(rejections).to.deep.equal([]);
      expect(await scrollAfterwards()).to.deep.equal({ now: '', afterAnotherPopup: '' });
      expect(messages.live.size).to.equal(0);
    });

    it('leaves no message listener and no scroll lock when moved while it opens', async () => {
      const root = await fixture<HTMLElement>(button());
      const el = root.querySelector('knead-booking-button')!;
      const dialog = el.shadowRoot!.querySelector('knead-booking-dialog')!;
      const show = dialog.show.bind(dialog);
      // The page moves the button (a framework re-ordering a list) while the popup renders.
      dialog.show = () => {
        const showing = show();
        root.querySelector('#there')!.append(el);
        return showing;
      };
      await el.openPopup();
      const shown = popup(el).open;
      if (shown) {
        // Opened after all: then closing it lets go of everything (its close event may
        // never come, so this waits for the browser's close task, not for the event).
        el.closePopup();
        await aTimeout(0);
        await nextFrame();
      }
      expect(messages.live.size, 'message listeners left').to.equal(0);
      expect(await scrollAfterwards()).to.deep.equal({ now: '', afterAnotherPopup: '' });
    });

    it('opens once when asked twice in one task, and closing unlocks scrolling', async () => {
      const root = await fixture<HTMLElement>(button());
      const el = root.querySelector('knead-booking-button')!;
      let opened = 0;
      el.addEventListener('knead-booking-open', () => opened++);
      await Promise.all([el.openPopup(), el.openPopup()]);
      expect(opened).to.equal(1);
      const closed = nextEvent(el, 'knead-booking-close');
      el.closePopup();
      await closed;
      expect(await scrollAfterwards()).to.deep.equal({ now: '', afterAnotherPopup: '' });
      expect(messages.live.size).to.equal(0);
      expect(rejections).to.deep.equal([]);
    });
  });
});
