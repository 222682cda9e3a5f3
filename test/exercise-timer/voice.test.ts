// The timer's spoken cues, driven through a fake speech synthesis: nothing is said.
import { expect } from '@open-wc/testing';
import { speechVoice } from '../../src/exercise-timer/voice.js';
import { fakeSynthesis, withProperty } from './adapter-probes.js';

// Voice -------------------------------------------------------------------------------------

describe('speechVoice', () => {
  it('cuts the previous cue short, then speaks the new one in the given language', () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    voice.speak('Get ready', 'en-GB');
    voice.speak('Hold', 'fr');
    expect(fake.calls).to.deep.equal(['cancel', 'speak:Get ready', 'cancel', 'speak:Hold']);
    expect(fake.utterances[0]).to.be.instanceOf(SpeechSynthesisUtterance);
    expect(fake.utterances.map((u) => [u.text, u.lang])).to.deep.equal([
      ['Get ready', 'en-GB'],
      ['Hold', 'fr'],
    ]);
  });

  it('leaves the language to the browser when it is empty', async () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    const assigned: string[] = [];
    // The real class, with its `lang` setter watched.
    class WatchedUtterance extends SpeechSynthesisUtterance {
      override set lang(value: string) {
        assigned.push(value);
        super.lang = value;
      }
      override get lang(): string {
        return super.lang;
      }
    }
    await withProperty(globalThis, 'SpeechSynthesisUtterance', WatchedUtterance, () => {
      voice.speak('Rest', '');
      expect(fake.calls).to.deep.equal(['cancel', 'speak:Rest']);
      expect(fake.utterances[0]).to.be.instanceOf(WatchedUtterance);
      expect(assigned).to.deep.equal([]);
      expect(fake.utterances[0]!.lang).to.equal('');
      voice.speak('Move', 'de');
      expect(assigned).to.deep.equal(['de']);
    });
  });

  it('cancel stops speech', () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    voice.cancel();
    expect(fake.calls).to.deep.equal(['cancel']);
  });

  it('uses the global speechSynthesis by default', async () => {
    const fake = fakeSynthesis();
    const voice = await withProperty(globalThis, 'speechSynthesis', fake.synthesis, () =>
      speechVoice(),
    );
    voice.speak('Switch sides', 'en');
    expect(fake.calls).to.deep.equal(['cancel', 'speak:Switch sides']);
  });

  it('does nothing, and throws nothing, without speech synthesis', async () => {
    const voice = await withProperty(globalThis, 'speechSynthesis', undefined, () => speechVoice());
    expect(() => {
      voice.speak('Rest', 'en');
      voice.cancel();
    }).not.to.throw();
  });

  it('speaks nothing where utterances cannot be made', async () => {
    const fake = fakeSynthesis();
    const voice = speechVoice(fake.synthesis);
    await withProperty(globalThis, 'SpeechSynthesisUtterance', undefined, () => {
      expect(() => voice.speak('Rest', 'en')).not.to.throw();
    });
    expect(fake.calls).to.deep.equal([]);
  });
});
