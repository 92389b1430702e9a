import { test } from "node:test";
import assert from "node:assert/strict";
import {
  NO_CHOICE,
  dialogView,
  failureMessage,
  functionalityAllowed,
  parseConsentAnswer,
} from "../src/consent_state";
import type { ConsentAnswer, ConsentRecord } from "../src/consent_state";

const record = (fields: Partial<ConsentRecord> = {}): ConsentRecord => ({
  consentId: "c-1",
  at: "2026-11-25T10:00:00Z",
  policyVersion: 1,
  functionality: true,
  withdrawn: false,
  ...fields,
});
const answer = (needsChoice: boolean, r: ConsentRecord | null): ConsentAnswer => ({
  policyVersion: 1,
  needsChoice,
  record: r,
});

test("an answer of the documented shape is read as it is", () => {
  assert.deepEqual(parseConsentAnswer({ policyVersion: 1, needsChoice: true, record: null }), answer(true, null));
  assert.deepEqual(parseConsentAnswer(answer(false, record())), answer(false, record()));
});

test("a body of another shape is no answer", () => {
  for (const body of [
    null,
    "yes",
    [],
    { policyVersion: 1, record: null },
    { policyVersion: "1", needsChoice: false, record: null },
    { policyVersion: 1, needsChoice: false },
    { policyVersion: 1, needsChoice: false, record: { ...record(), functionality: "true" } },
    { policyVersion: 1, needsChoice: false, record: { ...record(), withdrawn: undefined } },
  ]) {
    assert.equal(parseConsentAnswer(body), null, JSON.stringify(body));
  }
});

test("functionality cookies are allowed only by a current, explicit, standing yes", () => {
  assert.equal(functionalityAllowed(answer(false, record())), true);
  assert.equal(functionalityAllowed(answer(false, record({ functionality: false }))), false);
  assert.equal(functionalityAllowed(answer(false, record({ withdrawn: true }))), false);
  // A yes to an older policy is no yes to this one.
  assert.equal(functionalityAllowed(answer(true, record())), false);
  assert.equal(functionalityAllowed(NO_CHOICE), false);
  assert.equal(functionalityAllowed(null), false, "no answer from the server");
});

test("on a first visit the pop-up cannot be closed without a choice and nothing is ticked", () => {
  const view = dialogView(NO_CHOICE, false);
  assert.deepEqual(view, {
    title: "Cookies on this site",
    current: null,
    functionality: false,
    withdrawable: false,
    closable: false,
  });
  // Opening it from Cookie settings does not make a due choice skippable.
  assert.equal(dialogView(NO_CHOICE, true).closable, false);
});

test("re-opened after a yes it shows the choice, ticked, withdrawable and closable", () => {
  const view = dialogView(answer(false, record()), true);
  assert.equal(view.title, "Cookie settings");
  assert.equal(view.current, "You allowed functionality cookies on 2026-11-25.");
  assert.equal(view.functionality, true);
  assert.equal(view.withdrawable, true);
  assert.equal(view.closable, true);
});

test("re-opened after a no or a withdrawal there is nothing to withdraw", () => {
  const refused = dialogView(answer(false, record({ functionality: false })), true);
  assert.equal(refused.current, "You refused functionality cookies on 2026-11-25.");
  assert.deepEqual([refused.functionality, refused.withdrawable, refused.closable], [false, false, true]);
  const withdrawn = dialogView(answer(false, record({ functionality: false, withdrawn: true })), true);
  assert.equal(withdrawn.current, "You withdrew your consent on 2026-11-25: functionality cookies are off.");
  assert.equal(withdrawn.withdrawable, false);
});

test("a choice made under an older policy is asked again, not shown as current", () => {
  const view = dialogView(answer(true, record()), true);
  assert.deepEqual([view.current, view.functionality, view.closable], [null, false, false]);
});

test("when the server could not answer, a visitor who opened the pop-up can close it", () => {
  const view = dialogView(null, true);
  assert.deepEqual([view.current, view.functionality, view.closable], [null, false, true]);
});

test("a refused save says why and when to try again, without retrying", () => {
  assert.equal(failureMessage(429, 30), "Too many attempts. Please try again in 30 s.");
  assert.equal(failureMessage(429, null), "Too many attempts. Please try again in a moment.");
  assert.equal(failureMessage(0, null), "The server could not be reached. Please try again.");
  assert.equal(failureMessage(500, null), "Your choice could not be saved. Please try again.");
});
