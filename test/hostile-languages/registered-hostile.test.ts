import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { registerLanguage } from '../../src/index.js';
import { MESSAGE_LIMIT } from '../../src/shared/messages.js';
import { CHECK_MESSAGES } from '../../src/symptom-check/check-messages.js';
import { ROUTES, part, textOf, type Check } from '../harness/symptom-check.js';
import { answerByCode } from '../symptom-check/walk-by-code.js';
import { captureConsole } from '../helpers/console.js';
import {
  ENGLISH_TABLES,
  WIDGETS,
  marks,
  mount,
  pageLang,
  problemsDuring,
  screenText,
  settleAll,
  spokenOn,
  unmountAll,
  ALL_WIDGETS,
} from './probes.js';

/**
 * registerLanguage with tables a developer gets wrong (README "Another language"): message
 * functions that throw or return something other than text, huge texts, keys named
 * __proto__ and constructor, tables that are arrays, null, a string. messages.ts promises
 * "a table can never make a widget throw"; missing keys fall back to English with one
 * warning per widget and language. Each test registers a language of its own.
 */

/** Every widget's table with each function replaced by `fn` and each text by `text`. */
function tablesWith(fn: (...args: unknown[]) => unknown, text: string) {
  return Object.fromEntries(
    Object.entries(ENGLISH_TABLES).map(([name, table]) => [
      name,
      Object.fromEntries(
        Object.entries(table).map(([key, english]) => [
          key,
          typeof english === 'function' ? fn : `${text}`,
        ]),
      ),
    ]),
  );
}

/** Mounts every widget in `lang`, settles, and returns what went wrong and what each shows. */
async function everyWidgetIn(lang: string) {
  let holder!: HTMLElement;
  const warnings: string[] = [];
  const problems = await problemsDuring(async () => {
    warnings.push(
      ...(await captureConsole('warn', async () => {
        holder = mount(lang, ...ALL_WIDGETS);
        await settleAll(document.body, 200);
      })),
    );
  });
  const shows = Object.fromEntries(
    ALL_WIDGETS.map((name) => [name, screenText(holder.querySelector(WIDGETS[name].tag)!)]),
  );
  return { holder, problems, warnings, shows };
}

describe('registerLanguage with hostile tables', () => {
  let restore: () => void;
  beforeEach(() => (restore = pageLang('en')));
  afterEach(() => {
    unmountAll();
    restore();
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): a registered message function that throws takes the widget down: the booking
  // button, the technique card, the list and the timer render nothing, and the error leaves
  // the widget as an unhandled rejection from Lit's update. messagesFor()
  // (src/shared/messages.ts) checks only `typeof given === typeof fallback`, then hands the
  // developer's function to the views, which call it unguarded; its doc says "a table can
  // never make a widget throw". Expected: English for that message (and one warning).
  it('message functions that throw: every widget still shows, in English for those', async () => {
    registerLanguage(
      'it',
      tablesWith(() => {
        throw new Error('translation bug');
      }, 'Testo'),
    );
    const { problems, shows } = await everyWidgetIn('it');
    expect(problems).to.deep.equal([]);
    for (const name of ALL_WIDGETS) expect(shows[name], name).not.to.equal('');
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): a registered message function that returns something other than text is shown as
  // it is: "[object Object]" in the card and the timer (and blank where it returns
  // undefined), and a Symbol throws out of Lit's render (the widget blank, an unhandled
  // rejection). Same place: messagesFor() never looks at what a function returns.
  // Expected: English for a message whose function does not give a non-empty text.
  it('message functions that return objects, undefined or a Symbol: English for those', async () => {
    let call = 0;
    const odd = [() => ({}), () => undefined, () => Symbol('x'), () => 42, () => null];
    registerLanguage(
      'nl',
      tablesWith(() => odd[call++ % odd.length]!(), 'Tekst'),
    );
    const { problems, shows } = await everyWidgetIn('nl');
    expect(problems).to.deep.equal([]);
    for (const name of ALL_WIDGETS) {
      expect(shows[name], name).not.to.equal('');
      expect(shows[name], name).not.to.include('[object Object]');
      expect(shows[name], name).not.to.match(/\bundefined\b|\bnull\b/);
    }
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): one bad function in a registered check table, the one that names the
  // emergency number, makes the check fail exactly on its emergency screen: Next on the
  // red-flag question throws in render (result-view → emergencyAction, text.callNumber),
  // the screen stays on the question and the visitor is never told to call 112. Expected:
  // the emergency result, its call in English if need be.
  it('a throwing callNumber: the emergency result still shows, with the number to call', async () => {
    registerLanguage('ro', {
      check: {
        start: 'Începeți',
        callNumber: () => {
          throw new Error('translation bug');
        },
      },
    });
    const holder = mount('ro-RO');
    const check = document.createElement('knead-symptom-check') as Check;
    check.setAttribute('emergency-number', '112');
    let problems: string[] = [];
    await captureConsole('warn', async () => {
      holder.append(check);
      await settleAll();
      problems = await problemsDuring(async () => {
        await answerByCode(check, ROUTES.emergency);
        await settleAll();
      });
    });
    expect(problems).to.deep.equal([]);
    expect(textOf(part(check, 'result'))).to.include(CHECK_MESSAGES.callNumber('112'));
  });

  it('keys named __proto__ and constructor: no pollution, the real keys used, the rest English', async () => {
    registerLanguage(
      'da',
      JSON.parse(`{
        "__proto__": { "booking": { "book": "polluted" } },
        "constructor": { "book": "polluted" },
        "booking": {
          "__proto__": { "book": "polluted" },
          "constructor": "polluted",
          "toString": "polluted",
          "book": "Bestil en tid"
        },
        "technique-card": { "__proto__": { "pressure": "polluted" }, "pressure": "Tryk" }
      }`) as Record<string, object>,
    );
    const { problems, shows, warnings } = await everyWidgetIn('da');
    expect(problems).to.deep.equal([]);
    expect(({} as Record<string, unknown>)['book'], 'Object.prototype').to.equal(undefined);
    expect(shows.booking).to.include('Bestil en tid');
    expect(shows.card).to.include('Tryk');
    for (const name of ALL_WIDGETS) expect(shows[name], name).not.to.include('polluted');
    // One warning each for the two tables given, listing what they lack.
    expect(warnings.filter((w) => w.includes('"da"'))).to.have.length(2);
  });

  it('tables that are null, an array, a string, a number: English, at most one warning each, no throw', async () => {
    registerLanguage('cs', {
      booking: null,
      timer: ['a', 'b'],
      check: 'Začít',
      'technique-card': 42,
      'technique-list': [],
    } as unknown as Record<string, object>);
    const { problems, shows, warnings } = await everyWidgetIn('cs');
    expect(problems).to.deep.equal([]);
    for (const name of ['booking', 'card', 'check', 'timer'] as const)
      expect(shows[name], name).to.include(WIDGETS[name].says.en);
    // Either each such table is reported once, listing the keys it lacks, or it is dropped.
    const ours = warnings.filter((w) => w.includes('"cs"')).map((w) => w.split(' messages')[0]);
    expect(new Set(ours).size, ours.join(' | ')).to.equal(ours.length);
    // More widgets later: no second warning.
    const again = await everyWidgetIn('cs');
    expect(again.warnings.filter((w) => w.includes('"cs"'))).to.deep.equal([]);
  });

  // Unbroken texts cost layout more than linearly (the list's nine cards and chips: about
  // 0.3 s at 2 000 characters, 0.8 s at 5 000, 8 s at 20 000 in Chromium here), so a
  // registered message is bounded (MESSAGE_LIMIT, 1 000 characters; longer ones show
  // English): at the limit every widget renders it, quickly.
  it('huge texts (1 000 unbroken characters each): every widget renders them, no throw, no hang', async () => {
    const huge = 'ű'.repeat(MESSAGE_LIMIT);
    registerLanguage(
      'hu',
      tablesWith(() => huge, huge),
    );
    const started = performance.now();
    const { problems, shows } = await everyWidgetIn('hu');
    expect(performance.now() - started, 'ms').to.be.below(3000);
    expect(problems).to.deep.equal([]);
    for (const name of ['booking', 'card', 'check', 'timer'] as const)
      expect(shows[name], name).to.include(huge);
  });

  it('a language registered over a built-in one: the developer’s keys win, the rest French', async () => {
    registerLanguage('fr', { booking: { book: 'Réserver maintenant' } });
    const { shows, warnings, problems } = await everyWidgetIn('fr');
    expect(problems).to.deep.equal([]);
    expect(shows.booking).to.include('Réserver maintenant');
    expect(spokenOn(document.querySelector(WIDGETS.card.tag)!, 'card')).to.equal('fr');
    expect(warnings.filter((w) => w.includes('"fr"'))).to.deep.equal([]);
  });

  it('a language code written with spaces and capitals is the same language', async () => {
    registerLanguage('  SV ', { booking: { book: 'Boka en tid' } });
    const { shows } = await everyWidgetIn('sv-SE');
    expect(shows.booking).to.include('Boka en tid');
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): registerLanguage('pt-BR', …) (a region, as README's "a BCP 47 language
  // subtag" is easy to misread) is stored under "pt-br", a language no widget ever picks
  // (language.ts keeps only the language subtag, `pt`), so a pt-BR page stays English with
  // no warning at all. src/shared/language-registry.ts addTables() only trims and lowercases.
  // Expected: the tables under `pt` (or a console warning that the region is ignored).
  it('registerLanguage("pt-BR", …) serves a pt-BR page, or says why not', async () => {
    let warnings: string[] = [];
    warnings = await captureConsole('warn', () =>
      registerLanguage('pt-BR', { booking: { book: 'Agendar consulta' } }),
    );
    const { shows } = await everyWidgetIn('pt-BR');
    expect(shows.booking.includes('Agendar consulta') || warnings.length === 1).to.equal(true);
  });

  // Regression test; the bug as found at 816d10b (fixed in a3968e0): a language registered after the widgets rendered (translations fetched
  // from a server, or a script that runs after the widgets' bundle) never reaches them:
  // registerLanguage() (language-registry.ts) tells no widget, and a widget that picked
  // English for lang="pl" (a language it did not know yet) has no reason to look again.
  // They stay English, marked lang="en", until the page reloads. Expected: the widgets on
  // a pl page switch to the registered words.
  it('a language registered after the widgets rendered reaches them', async () => {
    const holder = mount('pl', 'booking');
    await settleAll();
    expect(spokenOn(holder.firstElementChild!, 'booking')).to.equal('en');
    registerLanguage('pl', { booking: { book: 'Umów wizytę' } });
    await settleAll();
    expect(screenText(holder.firstElementChild!)).to.include('Umów wizytę');
    expect(marks(holder.firstElementChild!)[0]).to.equal('pl');
  });
});
