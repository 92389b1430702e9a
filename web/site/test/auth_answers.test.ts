import { test } from "node:test";
import assert from "node:assert/strict";
import { loginBody, parseProblem, parseSession } from "../src/auth_answers";

test("a session is the user's email and the CSRF token", () => {
  assert.deepEqual(parseSession({ user: { id: "u1", email: "a@example.com" }, csrfToken: "t1" }), {
    email: "a@example.com",
    csrfToken: "t1",
  });
  assert.equal(parseSession({ user: { email: "a@example.com" } }), null);
  assert.equal(parseSession({ csrfToken: "t1" }), null);
  assert.equal(parseSession(null), null);
});

test("a problem's detail and field errors are shown as the server words them", () => {
  const problem = parseProblem(400, {
    title: "Bad Request",
    detail: "Some fields are not right.",
    errors: [
      { field: "email", message: "Enter an email address." },
      { field: "password", message: "Enter your password." },
      { field: 3, message: "not a field" },
      "junk",
    ],
  });
  assert.deepEqual(problem, {
    detail: "Some fields are not right.",
    errors: [
      { field: "email", message: "Enter an email address." },
      { field: "password", message: "Enter your password." },
    ],
  });
});

test("without a detail the title, else plain words for the status", () => {
  assert.equal(parseProblem(401, { title: "Unauthorized" }).detail, "Unauthorized");
  assert.equal(parseProblem(401, null).detail, "The email or password is not right.");
  assert.equal(parseProblem(0, null).detail, "The server could not be reached. Please try again.");
  assert.equal(parseProblem(500, "<html>").detail, "Something went wrong. Please try again.");
});

test("a throttled sign-in says how long to wait", () => {
  assert.equal(
    parseProblem(429, { detail: "Too many failed sign-ins; wait before trying again." }, 60).detail,
    "Too many failed sign-ins; wait before trying again. Try again in 60 s.",
  );
});

test("the login body is the three documented fields", () => {
  assert.deepEqual(loginBody(" a@example.com ", " secret ", true), {
    email: "a@example.com",
    password: " secret ",
    remember: true,
  });
});
