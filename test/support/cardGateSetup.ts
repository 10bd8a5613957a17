/**
 * Registered in jest.config.js (`setupFilesAfterEnv`): turns the card gate on for every test file and
 * fails a test when a card it made Silta send broke a rule (test/support/cardGate.ts).
 */
import { enableCardGate, takeCardGateResults } from './cardGate';

enableCardGate();

function failOnBadCards(): void {
  const { failures } = takeCardGateResults();
  if (failures.length > 0)
    throw new Error(
      `Card gate: ${failures.length} card(s) Silta sent in this test break the card rules ` +
        `(test/support/cardValidity.ts):\n${failures.join('\n')}`,
    );
}

afterEach(failOnBadCards);
// Cards sent after the last test ended (a worker finishing a delivery) fail the file.
afterAll(failOnBadCards);
