import { test } from "node:test";
import assert from "node:assert/strict";
import { hrefOf, parseRoute, type Route } from "../src/router.js";

test("every route survives a round trip through its link", () => {
  const routes: Route[] = [
    { screen: "sign-in" },
    { screen: "sign-up" },
    { screen: "reset", token: "abc" },
    { screen: "reset", token: null },
    { screen: "invitation", token: "t0k" },
    { screen: "projects" },
    { screen: "account" },
    { screen: "workspace", workspaceId: "w1", tab: "audit" },
    { screen: "project", projectId: "p/1", tab: "posts", itemId: null },
    { screen: "project", projectId: "p1", tab: "posts", itemId: "post 9" },
  ];
  for (const route of routes) assert.deepEqual(parseRoute(hrefOf(route)), route);
});

test("unknown paths and tabs fall back to something that exists", () => {
  assert.deepEqual(parseRoute(""), { screen: "projects" });
  assert.deepEqual(parseRoute("#/nowhere"), { screen: "projects" });
  assert.deepEqual(parseRoute("#/projects/p1/bogus"), {
    screen: "project",
    projectId: "p1",
    tab: "install",
    itemId: null,
  });
});
