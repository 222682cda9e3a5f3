import { expect } from '@open-wc/testing';
import {
  MESSAGE_LIMIT,
  hasLanguage,
  isPartial,
  messagesFor,
  registerBuiltInLanguage,
  registerLanguage,
  textsFor,
} from '../../src/shared/messages.js';
import { captureConsole } from '../helpers/console.js';

const ENGLISH = {
  book: 'Book an appointment',
  minutes: (count: number) => `${count} min`,
  withClinic: (name: string) => `Book with ${name}`,
};

describe('messages', () => {
  it('gives English, and knows only English, until a language is registered', async () => {
    expect(hasLanguage('en')).to.equal(true);
    expect(hasLanguage('xx')).to.equal(false);
    const warnings = await captureConsole('warn', () => {
      expect(messagesFor('probe', ENGLISH, 'xx')).to.equal(ENGLISH);
    });
    expect(warnings).to.deep.equal([]);
  });

  it("uses a registered language's texts and functions", () => {
    registerLanguage('xa', {
      probe: {
        book: 'Prendre rendez-vous',
        minutes: (count: number) => `${count} min environ`,
        withClinic: (name: string) => `Réserver chez ${name}`,
      },
    });
    expect(hasLanguage('xa')).to.equal(true);
    const words = messagesFor('probe', ENGLISH, 'xa');
    expect(words.book).to.equal('Prendre rendez-vous');
    expect(words.minutes(9)).to.equal('9 min environ');
    expect(words.withClinic('Harbour Physio')).to.equal('Réserver chez Harbour Physio');
  });

  it('falls back to English per key, warning once with the missing keys', async () => {
    registerLanguage('xb', {
      probe: {
        book: 'Reservar cita',
        minutes: 'not a function' as unknown as () => string,
        extra: 'a key English lacks',
      },
    });
    const warnings = await captureConsole('warn', () => {
      const words = messagesFor('probe', ENGLISH, 'xb');
      expect(words.book).to.equal('Reservar cita');
      expect(words.minutes(3), 'a text where a function belongs').to.equal('3 min');
      expect(words.withClinic('Harbour')).to.equal('Book with Harbour');
      expect(words).to.not.have.property('extra');
      messagesFor('probe', ENGLISH, 'xb');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('probe messages in "xb" lack minutes, withClinic');
  });

  it('extends a language registered before, and reads its name in any case', () => {
    registerLanguage(' XC ', { probe: { book: 'Um' } });
    registerLanguage('xc', { probe: { withClinic: (name: string) => `Marcar com ${name}` } });
    const words = messagesFor('probe', ENGLISH, 'xc');
    expect(words.book).to.equal('Um');
    expect(words.withClinic('Harbour')).to.equal('Marcar com Harbour');
  });

  it("keeps a developer's texts over the library's own, whichever comes first", () => {
    registerLanguage('xd', { probe: { book: 'Mine' } });
    registerBuiltInLanguage('xd', { probe: { book: 'Built in', withClinic: () => 'Built in' } });
    const words = messagesFor('probe', ENGLISH, 'xd');
    expect(words.book).to.equal('Mine');
    expect(words.withClinic('Harbour')).to.equal('Built in');
    registerLanguage('xd', { probe: { withClinic: (name: string) => `Mine, ${name}` } });
    expect(messagesFor('probe', ENGLISH, 'xd').withClinic('Harbour')).to.equal('Mine, Harbour');
  });

  it('gives the texts of built-in content as registered, or nothing', () => {
    const swedish = { swedish: { name: 'Massage suédois' } };
    registerBuiltInLanguage('xg', { techniques: swedish });
    expect(textsFor('techniques', 'xg')).to.deep.equal(swedish);
    expect(textsFor('techniques', 'xh')).to.equal(undefined);
    expect(textsFor('exercises', 'xg')).to.equal(undefined);
  });
});

describe('language registry', () => {
  it('is one per page, on a versioned global every copy of the library shares', async () => {
    const { registry, registerLanguage: register } =
      await import('../../src/shared/language-registry.js');
    expect(
      (globalThis as Record<symbol, unknown>)[Symbol.for('knead-widgets.languages@1')],
    ).to.equal(registry);
    register('xi', { probe: { book: 'Marcar' } });
    expect(messagesFor('probe', ENGLISH, 'xi').book).to.equal('Marcar');
  });
});

describe('messages from a developer that are not right', () => {
  it('shows English for a function that throws or gives no text, warning once', async () => {
    registerLanguage('xj', {
      probe: {
        book: 'Marcar',
        minutes: () => {
          throw new Error('oops');
        },
        withClinic: () => 42 as unknown as string,
      },
    });
    const warnings = await captureConsole('warn', () => {
      const words = messagesFor('probe', ENGLISH, 'xj');
      expect(words.book).to.equal('Marcar');
      expect(words.minutes(3)).to.equal('3 min');
      expect(words.minutes(4)).to.equal('4 min');
      expect(words.withClinic('Harbour')).to.equal('Book with Harbour');
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('probe xj minutes');
  });

  it('gives the English table itself when nothing registered is usable', async () => {
    await captureConsole('warn', () => {
      registerLanguage('xk', { probe: { book: '', minutes: 'not a function', constructor: 'x' } });
      expect(messagesFor('probe', ENGLISH, 'xk')).to.equal(ENGLISH);
    });
  });

  it('ignores a table that is not one, with a warning naming it', async () => {
    const warnings = await captureConsole('warn', () => {
      registerLanguage('xl', { probe: null as unknown as object, other: [] });
    });
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.include('probe in "xl" is not a table');
    expect(messagesFor('probe', ENGLISH, 'xl')).to.equal(ENGLISH);
  });

  it('files a regional tag under its language: pt-BR and pt_PT are pt', () => {
    registerLanguage('xm-BR', { probe: { book: 'Um' } });
    registerLanguage('xm_PT', { probe: { withClinic: (name: string) => `Com ${name}` } });
    expect(hasLanguage('xm')).to.equal(true);
    const words = messagesFor('probe', ENGLISH, 'xm');
    expect([words.book, words.withClinic('A')]).to.deep.equal(['Um', 'Com A']);
  });
});

describe('bounded and partial tables', () => {
  it(`shows English for a text or a result over ${MESSAGE_LIMIT} characters`, async () => {
    const long = 'a'.repeat(MESSAGE_LIMIT + 1);
    registerLanguage('xn', { probe: { book: long, withClinic: () => long, minutes: () => 'ok' } });
    await captureConsole('warn', () => {
      const words = messagesFor('probe', ENGLISH, 'xn');
      expect(words.book).to.equal(ENGLISH.book);
      expect(words.withClinic('H')).to.equal('Book with H');
      expect(words.minutes(1)).to.equal('ok');
      expect(isPartial(words)).to.equal(true);
    });
    registerLanguage('xo', {
      probe: { book: 'b', minutes: () => 'm', withClinic: () => 'w' },
    });
    expect(isPartial(messagesFor('probe', ENGLISH, 'xo'))).to.equal(false);
  });
});
