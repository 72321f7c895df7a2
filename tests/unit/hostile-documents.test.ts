import fc from 'fast-check';
import { expect, it } from 'vitest';
import { renderDocumentHtml } from '@/lib/content/document/html';
import { parseBodyDocument } from '@/lib/content/document/validate';
import { HOSTILE_BODY_DOCUMENTS, HOSTILE_SEED, hostileBodyDocument } from '../support/hostile-corpus';
import { unsafeBodyHtml } from '../support/safe-html';

// The hostile-command test sends a few hundred bodies through a save; validation and rendering alone take thousands.
it('renders every hostile body it accepts within the format, and reads what it stored back unchanged', () => {
  let accepted = 0;
  fc.assert(
    fc.property(hostileBodyDocument, (sent) => {
      let json: unknown;
      try {
        json = typeof sent === 'string' ? JSON.parse(sent) : sent;
      } catch {
        return;
      }
      const parsed = parseBodyDocument(json);
      if (!parsed.ok) return;
      accepted++;
      expect(unsafeBodyHtml(renderDocumentHtml(parsed.doc))).toEqual([]);
      // A stored body is validated again when read (lib/content/body.ts): it must pass as it was stored.
      expect(parseBodyDocument(parsed.doc)).toEqual(parsed);
    }),
    { seed: HOSTILE_SEED, numRuns: HOSTILE_BODY_DOCUMENTS.length + 2000, examples: HOSTILE_BODY_DOCUMENTS.map((body) => [body]) },
  );
  expect(accepted, 'enough of the corpus gets past validation to test the HTML').toBeGreaterThan(500);
}, 60_000);
