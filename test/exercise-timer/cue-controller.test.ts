import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { CueController } from '../../src/exercise-timer/cue-controller.js';
import { fakeAdapters, type FakeAdapters } from './fake-adapters.js';

/** A host that counts its updates, and whose words are in the language `speech` says. */
class CueHost extends ReactiveElement {
  fake: FakeAdapters = fakeAdapters();
  updates = 0;
  speech = { locale: 'en', text: { voiceOn: 'Spoken cues on.' } };
  readonly cues = new CueController(
    this,
    () => this.fake,
    () => this.speech,
  );

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('cue-host', CueHost);

const render = () => fixture<CueHost>(html`<cue-host></cue-host>`);
const beeps = (host: CueHost) => host.fake.sound.beeps.map((beep) => beep.kind);

describe('CueController', () => {
  it('starts with both cues off: an announcement reaches the live region only', async () => {
    const host = await render();
    expect(host.cues.choices).to.deep.equal({ sound: false, voice: false });
    host.cues.announce('Rep 1 of 8.');
    host.cues.beep('phase');
    host.cues.unlock();
    expect(host.cues.announcement).to.equal('Rep 1 of 8.');
    expect(host.fake.voice.spoken).to.deep.equal([]);
    expect(beeps(host)).to.deep.equal([]);
    expect(host.fake.sound.unlocks, 'no audio without the visitor').to.deep.equal([]);
  });

  it('asks the host to show a new announcement', async () => {
    const host = await render();
    const updates = host.updates;
    host.cues.announce('Paused.');
    await host.updateComplete;
    expect(host.updates).to.equal(updates + 1);
  });

  it('turning beeps on unlocks audio and plays a sample at once, inside the tap', async () => {
    const host = await render();
    host.cues.choose('sound', true);
    expect(host.fake.sound.unlocks).to.have.length(1);
    expect(beeps(host)).to.deep.equal(['count']);
    host.cues.beep('done');
    host.cues.unlock();
    expect(beeps(host)).to.deep.equal(['count', 'done']);
    expect(host.fake.sound.unlocks, 'a control unlocks again').to.have.length(2);

    host.cues.choose('sound', false);
    host.cues.beep('phase');
    expect(beeps(host), 'off: silent').to.deep.equal(['count', 'done']);
  });

  it('turning spoken cues on says so at once, in the language of its words; off stops speech', async () => {
    // The page around says English: the voice follows the words, not the nearest lang.
    const wrapper = await fixture<HTMLElement>(html`<div lang="en"><cue-host></cue-host></div>`);
    const host = wrapper.querySelector<CueHost>('cue-host')!;
    host.speech = { locale: 'fr-CA', text: { voiceOn: 'Indications vocales activées.' } };
    host.cues.choose('voice', true);
    host.cues.announce('Maintenez la position, 3 secondes.');
    expect(host.fake.voice.spoken).to.deep.equal([
      { text: 'Indications vocales activées.', lang: 'fr-CA' },
      { text: 'Maintenez la position, 3 secondes.', lang: 'fr-CA' },
    ]);
    host.cues.choose('voice', false);
    expect(host.fake.voice.cancels).to.equal(1);
    host.cues.announce('Repos, 15 secondes.');
    expect(host.fake.voice.spoken, 'off: nothing more said').to.have.length(2);
    expect(host.cues.announcement, 'the live region still says it').to.equal('Repos, 15 secondes.');
  });

  it('speaks each sentence in the language its words are in at that moment', async () => {
    const host = await render();
    host.cues.choose('voice', true);
    host.speech = { locale: 'es-MX', text: { voiceOn: 'Indicaciones por voz activadas.' } };
    host.cues.announce('Descanse, 15 segundos.');
    expect(host.fake.voice.spoken).to.deep.equal([
      { text: 'Spoken cues on.', lang: 'en' },
      { text: 'Descanse, 15 segundos.', lang: 'es-MX' },
    ]);
  });

  it('hushing empties the live region and stops speech without a word', async () => {
    const host = await render();
    host.cues.announce('Rest, 15 seconds.');
    host.cues.hush();
    expect(host.cues.announcement).to.equal('');
    expect(host.fake.voice.cancels, 'voice off: nothing to stop').to.equal(0);
    host.cues.choose('voice', true);
    host.cues.announce('Rest, 15 seconds.');
    host.cues.hush();
    expect(host.fake.voice.cancels).to.equal(1);
    expect(host.fake.voice.spoken).to.have.length(2);
  });

  it('restores remembered choices without a sound: no tap allowed one', async () => {
    const host = await render();
    host.cues.restore({ sound: true, voice: true });
    expect(host.cues.choices).to.deep.equal({ sound: true, voice: true });
    expect(beeps(host)).to.deep.equal([]);
    expect(host.fake.voice.spoken).to.deep.equal([]);
    expect(host.fake.sound.unlocks).to.deep.equal([]);
  });

  it('leaving the page stops speech and frees the audio', async () => {
    const host = await render();
    host.cues.choose('sound', true);
    host.remove();
    expect(host.fake.voice.cancels).to.equal(1);
    expect(host.fake.sound.closes).to.equal(1);
  });
});
