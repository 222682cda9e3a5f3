import { expect } from '@open-wc/testing';
import {
  clinicCall,
  levelLabel,
  shownRecommendations,
} from '../../src/symptom-check/result-rules.js';
import { CHECK_MESSAGES } from '../../src/symptom-check/check-messages.js';
import { OUTCOME_LEVELS, type Outcome } from '../../src/symptom-check/flow-types.js';

const PHONE = '+1 (604) 555-0142';
const outcomeAt = (level: Outcome['level']): Outcome => ({
  id: level,
  level,
  title: 'Title',
  advice: 'Advice.',
  techniques: ['swedish'],
  exercises: ['bridge'],
});

describe('result rules', () => {
  describe('levelLabel', () => {
    it('says each level in words, different for each', () => {
      expect(OUTCOME_LEVELS.map((level) => levelLabel(level, CHECK_MESSAGES))).to.deep.equal([
        'Emergency',
        'See a doctor soon',
        'See a clinician first',
        'Massage can help',
      ]);
    });
  });

  describe('clinicCall', () => {
    it("offers the clinic's phone on a clinician-level result, with its name", () => {
      expect(clinicCall('clinician', { phone: PHONE, name: 'Harbour Physio' })).to.deep.equal({
        phone: PHONE,
        href: 'tel:+16045550142',
        name: 'Harbour Physio',
      });
    });

    it('names no one for a clinic with no name (the result says "call us")', () => {
      expect(clinicCall('clinician', { phone: PHONE })?.name).to.equal(undefined);
      expect(clinicCall('clinician', { phone: PHONE, name: '' })?.name).to.equal(undefined);
    });

    it('offers no phone on any other level', () => {
      for (const level of ['emergency', 'urgent', 'massage'] as const)
        expect(clinicCall(level, { phone: PHONE, name: 'Harbour Physio' }), level).to.equal(
          undefined,
        );
    });

    it('offers none without a clinic, a phone, or a phone that makes a tel: link', () => {
      expect(clinicCall('clinician', undefined)).to.equal(undefined);
      expect(clinicCall('clinician', { name: 'Harbour Physio' })).to.equal(undefined);
      expect(clinicCall('clinician', { phone: '' })).to.equal(undefined);
      expect(clinicCall('clinician', { phone: 'ask reception' })).to.equal(undefined);
      expect(clinicCall('clinician', { phone: 'javascript:alert(1)' })).to.equal(undefined);
    });
  });

  describe('shownRecommendations', () => {
    it('shows the techniques and exercises of a clinician or massage result', () => {
      for (const level of ['clinician', 'massage'] as const)
        expect(shownRecommendations(outcomeAt(level)), level).to.deep.equal({
          techniques: ['swedish'],
          exercises: ['bridge'],
        });
    });

    it('shows none on a result that sends the visitor to medical care, whatever its data', () => {
      for (const level of ['emergency', 'urgent'] as const)
        expect(shownRecommendations(outcomeAt(level)), level).to.deep.equal({
          techniques: [],
          exercises: [],
        });
    });

    it('shows none where the outcome has none', () => {
      const { techniques, exercises, ...bare } = outcomeAt('massage');
      expect([techniques, exercises]).to.deep.equal([['swedish'], ['bridge']]);
      expect(shownRecommendations(bare)).to.deep.equal({ techniques: [], exercises: [] });
    });
  });
});
