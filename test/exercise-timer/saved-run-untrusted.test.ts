import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  SAVED_RUN_MAX_AGE_MS,
  restoreRun,
  saveRun,
  type SavedRun,
} from '../../src/exercise-timer/saved-run.js';
import { SCHEDULE, TOTAL, NOW, SAVED, storedObject } from './saved-run-fixtures.js';

describe('saveRun and restoreRun', () => {
  describe('untrusted storage', () => {
    /** Throws unless a restored run is one the timer can resume; false when refused. */
    const checkRestored = (restored: SavedRun | undefined): boolean => {
      if (restored === undefined) return false;
      const { run, cues } = restored;
      expect(['running', 'paused']).to.include(run.status);
      expect(run.positionMs).to.be.at.least(0).and.below(TOTAL);
      expect(run.sinceMs)
        .to.be.at.most(NOW)
        .and.at.least(NOW - SAVED_RUN_MAX_AGE_MS);
      expect(run.activeMs).to.be.at.least(0);
      expect(typeof cues.sound).to.equal('boolean');
      expect(typeof cues.voice).to.equal('boolean');
      return true;
    };

    it('never throws on any string', () => {
      // Any code point, lone surrogates included. (fast-check's 'binary' unit leaves those
      // out, and its first use took seconds in Chromium: past the timeout on a busy machine.)
      const anyCodePoint = fc
        .integer({ min: 0, max: 0x10ffff })
        .map((code) => String.fromCodePoint(code));
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.string({ unit: anyCodePoint }),
            fc.json(),
            fc.jsonValue().map((value) => JSON.stringify(value)),
          ),
          (stored) => {
            checkRestored(restoreRun(SCHEDULE, stored, NOW));
          },
        ),
        { numRuns: 300 },
      );
    });

    it('never throws on a saved run with any values in it, and brings back only valid ones', () => {
      const valueArb = fc.oneof(
        fc.jsonValue(),
        fc.constantFrom('running', 'paused', 'idle', 'done', 0, -1, TOTAL, NOW, NOW + 1),
        fc.integer({ min: -1, max: TOTAL + 1 }),
        fc.integer({ min: NOW - SAVED_RUN_MAX_AGE_MS - 10, max: NOW + 10 }),
      );
      const FIELDS = ['status', 'positionMs', 'sinceMs', 'activeMs', 'sound', 'voice'] as const;
      // A real saved run with one to three of its fields replaced: often still valid, so
      // both halves (refused and brought back) are exercised, as the counts below check.
      const changesArb = fc.dictionary(fc.constantFrom(...FIELDS), valueArb, {
        minKeys: 1,
        maxKeys: 3,
      });
      let restored = 0;
      let refused = 0;
      fc.assert(
        fc.property(changesArb, (changes) => {
          const stored = storedObject();
          const run = { ...(stored['run'] as object) } as Record<string, unknown>;
          const cues = { ...(stored['cues'] as object) } as Record<string, unknown>;
          for (const [field, value] of Object.entries(changes))
            (field === 'sound' || field === 'voice' ? cues : run)[field] = value;
          const result = restoreRun(SCHEDULE, JSON.stringify({ ...stored, run, cues }), NOW);
          if (!checkRestored(result)) return void refused++;
          restored++;
          // Brought back as stored, never altered into something else.
          expect(result!.run).to.deep.equal(run);
        }),
        { numRuns: 400 },
      );
      expect(restored, 'some changed runs are still valid').to.be.greaterThan(20);
      expect(refused, 'some are not').to.be.greaterThan(20);
    });

    it('never throws on a saved run cut short or with a character changed', () => {
      const stored = saveRun(SCHEDULE, SAVED);
      fc.assert(
        fc.property(
          fc.nat(stored.length),
          fc.nat(stored.length - 1),
          fc.string({ minLength: 1, maxLength: 1 }),
          (cut, at, char) => {
            checkRestored(restoreRun(SCHEDULE, stored.slice(0, cut), NOW));
            checkRestored(
              restoreRun(SCHEDULE, stored.slice(0, at) + char + stored.slice(at + 1), NOW),
            );
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
