import { expect, fixture, html } from '@open-wc/testing';
import '../../src/clinic/define.js';
import type { KneadClinic } from '../../src/clinic/clinic.js';
import '../helpers/clinic-probe.js';
import { settle } from '../harness/clinic.js';
import type { ClinicProbe } from '../helpers/clinic-probe.js';
import { captureConsole, captureReports } from '../helpers/console.js';
import { browserWorkDuring } from '../shared/browser-work.js';

describe('<knead-clinic>', () => {
  it('gives every widget inside it its settings', async () => {
    const clinic = await fixture<KneadClinic>(html`
      <knead-clinic
        name="Harbour Physio"
        booking-provider="calendly"
        booking-account="harbour-physio"
        phone="+1 555 0100"
      >
        <section><clinic-probe></clinic-probe></section>
      </knead-clinic>
    `);
    const probe = clinic.querySelector('clinic-probe')!;
    await settle();
    expect(probe.settings).to.include({
      name: 'Harbour Physio',
      bookingProvider: 'calendly',
      bookingAccount: 'harbour-physio',
      phone: '+1 555 0100',
    });
    expect(probe.shadowRoot!.textContent).to.include('Harbour Physio');
  });

  it('starts no browser work when constructed', async () => {
    const work = await browserWorkDuring(() => {
      const clinic = document.createElement('knead-clinic');
      clinic.setAttribute('page', '');
      clinic.setAttribute('theme', 'purple');
    });
    expect(work).to.deep.equal([]);
  });

  it('does not box its content', async () => {
    const clinic = await fixture<KneadClinic>(html`<knead-clinic></knead-clinic>`);
    expect(getComputedStyle(clinic).display).to.equal('contents');
  });

  it('updates widgets live when an attribute changes', async () => {
    const clinic = await fixture<KneadClinic>(
      html`<knead-clinic name="Old name"><clinic-probe></clinic-probe></knead-clinic>`,
    );
    const probe = clinic.querySelector<ClinicProbe>('clinic-probe')!;
    clinic.setAttribute('name', 'New name');
    clinic.setAttribute('booking-url', 'https://book.example.com/');
    await settle();
    expect(probe.settings?.name).to.equal('New name');
    expect(probe.settings?.bookingUrl).to.equal('https://book.example.com/');
    expect(probe.shadowRoot!.textContent).to.include('New name');
  });

  it('lets the nearest clinic win when clinics are nested', async () => {
    const outer = await fixture<KneadClinic>(html`
      <knead-clinic name="Outer">
        <clinic-probe id="outer"></clinic-probe>
        <knead-clinic name="Inner"><clinic-probe id="inner"></clinic-probe></knead-clinic>
      </knead-clinic>
    `);
    const [outerProbe, innerProbe] = ['#outer', '#inner'].map((id) =>
      outer.querySelector<ClinicProbe>(id)!,
    );
    await settle();
    expect(outerProbe!.settings?.name).to.equal('Outer');
    expect(innerProbe!.settings?.name).to.equal('Inner');
  });

  describe('emergency number', () => {
    // Each widget works out the default (test/shared/care-route.test.ts): a clinic passes on
    // only what it was told, with its language, so a bare `lang` never turns into a number.
    for (const lang of ['en-GB', 'fr', undefined]) {
      it(`passes on no number of its own for lang=${lang ?? '(none)'}`, async () => {
        const clinic = await fixture<KneadClinic>(
          html`<knead-clinic lang=${lang ?? ''}><clinic-probe></clinic-probe></knead-clinic>`,
        );
        const probe = clinic.querySelector<ClinicProbe>('clinic-probe')!;
        await settle();
        expect(probe.settings?.emergencyNumber).to.equal(undefined);
        expect(probe.settings?.locale).to.equal(lang);
        expect(probe.settings?.language).to.equal(lang);
      });
    }

    it("passes on the nearest ancestor's language when it has none of its own", async () => {
      const page = await fixture(html`
        <div lang="fr-CA">
          <section>
            <knead-clinic><clinic-probe></clinic-probe></knead-clinic>
          </section>
        </div>
      `);
      await settle();
      const settings = page.querySelector<ClinicProbe>('clinic-probe')!.settings;
      expect(settings?.locale).to.equal('fr-CA');
      expect(settings?.language, 'only its own lang says what its widgets speak').to.equal(
        undefined,
      );
    });

    it('passes on a new lang at once when the page changes it', async () => {
      const clinic = await fixture<KneadClinic>(
        html`<knead-clinic lang="en"><clinic-probe></clinic-probe></knead-clinic>`,
      );
      const probe = clinic.querySelector<ClinicProbe>('clinic-probe')!;
      clinic.setAttribute('lang', 'fr-CA');
      await settle();
      expect(probe.settings?.language).to.equal('fr-CA');
      clinic.removeAttribute('lang');
      await settle();
      expect(probe.settings?.language).to.equal(undefined);
    });

    it('passes on its emergency-number attribute', async () => {
      const clinic = await fixture<KneadClinic>(
        html`<knead-clinic lang="en-GB" emergency-number="112"
          ><clinic-probe></clinic-probe
        ></knead-clinic>`,
      );
      const probe = clinic.querySelector<ClinicProbe>('clinic-probe')!;
      await settle();
      expect(probe.settings?.emergencyNumber).to.equal('112');
    });
  });

  describe('booking settings it ignores', () => {
    it('warns once that booking-account is ignored beside booking-url, and nothing else', async () => {
      let clinic!: KneadClinic;
      const { errors, warnings } = await captureReports(async () => {
        clinic = await fixture<KneadClinic>(html`
          <knead-clinic
            booking-url="https://calendly.com/harbour-physio/intro"
            booking-provider="calendly"
            booking-account="harbour-physio"
          >
            <clinic-probe></clinic-probe>
          </knead-clinic>
        `);
        await settle();
        clinic.setAttribute('name', 'Harbour Physio');
        await settle();
      });
      expect(errors).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /^knead-widgets: <knead-clinic> booking-account="harbour-physio": /,
      );
      expect(warnings[0]).to.include('booking-url already gives the booking link');
    });

    it('warns once that booking-account needs a booking-provider', async () => {
      const { warnings } = await captureReports(async () => {
        await fixture<KneadClinic>(
          html`<knead-clinic booking-account="harbour-physio"></knead-clinic>`,
        );
        await settle();
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(
        /^knead-widgets: <knead-clinic> booking-account="harbour-physio": /,
      );
      expect(warnings[0]).to.include('needs a booking-provider');
    });

    it('is silent about booking-provider beside booking-url, which it still uses', async () => {
      const reports = await captureReports(async () => {
        await fixture<KneadClinic>(html`
          <knead-clinic
            booking-url="https://calendly.com/harbour-physio/intro"
            booking-provider="calendly"
          ></knead-clinic>
        `);
        await settle();
      });
      expect(reports).to.deep.equal({ errors: [], warnings: [] });
    });
  });

  describe('JSON settings', () => {
    it('reads the technique-to-service map', async () => {
      const clinic = await fixture<KneadClinic>(html`
        <knead-clinic>
          <script type="application/json">
            { "services": { "deep-tissue": "deep-60", "swedish": "relax-45" } }
          </script>
          <clinic-probe></clinic-probe>
        </knead-clinic>
      `);
      const probe = clinic.querySelector<ClinicProbe>('clinic-probe')!;
      await settle();
      expect(probe.settings?.services).to.deep.equal({
        'deep-tissue': 'deep-60',
        swedish: 'relax-45',
      });
    });

    it('logs one error for malformed JSON and keeps working', async () => {
      let clinic!: KneadClinic;
      const errors = await captureConsole('error', async () => {
        clinic = await fixture<KneadClinic>(html`
          <knead-clinic name="Still works">
            <script type="application/json">
              { "services": { oops }
            </script>
            <clinic-probe></clinic-probe>
          </knead-clinic>
        `);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('knead-clinic').and.include('application/json');
      const probe = clinic.querySelector<ClinicProbe>('clinic-probe')!;
      await settle();
      expect(probe.settings?.name).to.equal('Still works');
      expect(probe.settings?.services).to.deep.equal({});
    });

    it('drops and names a bad entry', async () => {
      let clinic!: KneadClinic;
      const errors = await captureConsole('error', async () => {
        clinic = await fixture<KneadClinic>(html`
          <knead-clinic>
            <script type="application/json">
              { "services": { "swedish": "relax-45", "thai": 42 } }
            </script>
            <clinic-probe></clinic-probe>
          </knead-clinic>
        `);
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('services.thai').and.include('42');
      const probe = clinic.querySelector<ClinicProbe>('clinic-probe')!;
      await settle();
      expect(probe.settings?.services).to.deep.equal({ swedish: 'relax-45' });
    });
  });

  describe('page attribute', () => {
    it('serves widgets outside it, but not those inside another clinic', async () => {
      const page = await fixture(html`
        <div>
          <knead-clinic page name="Page clinic"></knead-clinic>
          <article><clinic-probe id="loose"></clinic-probe></article>
          <knead-clinic name="Own clinic"><clinic-probe id="owned"></clinic-probe></knead-clinic>
        </div>
      `);
      const loose = page.querySelector<ClinicProbe>('#loose')!;
      const owned = page.querySelector<ClinicProbe>('#owned')!;
      await settle(...page.querySelectorAll('knead-clinic'), loose, owned);
      expect(loose.settings?.name).to.equal('Page clinic');
      expect(owned.settings?.name).to.equal('Own clinic');
    });

    it('reaches widgets that were on the page before it, and updates them live', async () => {
      const page = await fixture(html`<div><clinic-probe></clinic-probe></div>`);
      const probe = page.querySelector<ClinicProbe>('clinic-probe')!;
      await probe.updateComplete;
      expect(probe.settings).to.equal(undefined);

      const clinic = document.createElement('knead-clinic');
      clinic.setAttribute('page', '');
      clinic.setAttribute('name', 'Late clinic');
      page.append(clinic);
      await settle();
      expect(probe.settings?.name).to.equal('Late clinic');

      clinic.setAttribute('name', 'Renamed');
      await settle();
      expect(probe.settings?.name).to.equal('Renamed');
      clinic.remove();
    });

    it('stops serving the page when removed', async () => {
      const page = await fixture(html`<div><knead-clinic page name="Gone"></knead-clinic></div>`);
      const clinic = page.querySelector<KneadClinic>('knead-clinic')!;
      await clinic.updateComplete;
      clinic.remove();
      const probe = document.createElement('clinic-probe');
      page.append(probe);
      await probe.updateComplete;
      expect(probe.settings).to.equal(undefined);
    });

    it('warns once when a second page clinic appears', async () => {
      let page!: Element;
      const errors = await captureConsole('error', async () => {
        page = await fixture(html`
          <div>
            <knead-clinic page name="First"></knead-clinic>
            <knead-clinic page name="Second"></knead-clinic>
            <clinic-probe></clinic-probe>
          </div>
        `);
        const second = page.querySelectorAll<KneadClinic>('knead-clinic')[1]!;
        second.setAttribute('phone', '123');
        await second.updateComplete;
      });
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include('page');
      const probe = page.querySelector<ClinicProbe>('clinic-probe')!;
      await probe.updateComplete;
      expect(probe.settings?.name).to.equal('First');
    });
  });
});
