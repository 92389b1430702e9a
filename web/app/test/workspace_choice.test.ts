import { test } from "node:test";
import assert from "node:assert/strict";
import { hrefOf, parseRoute, type Route } from "../src/router.js";
import type { Project, Workspace } from "../src/types.js";
import { currentWorkspace, projectsOf, routeAfterSwitch, workspaceOfRoute } from "../src/workspace_choice.js";

const workspaces: Workspace[] = [
  { id: "w1", name: "Ann’s workspace", role: "owner" },
  { id: "w2", name: "Agency", role: "editor" },
];
const project = (id: string, workspaceId: string): Project => ({ id, workspaceId, name: id, publicKey: `wm_pk_${id}` });
const projects = [project("p1", "w1"), project("p2", "w2"), project("p3", "w2")];
const projectRoute = (projectId: string): Route => ({ screen: "project", projectId, tab: "posts", itemId: null });

test("a route names its workspace directly or through its project", () => {
  assert.equal(workspaceOfRoute({ screen: "workspace", workspaceId: "w2", tab: "audit" }, projects), "w2");
  assert.equal(workspaceOfRoute(projectRoute("p3"), projects), "w2");
  assert.equal(workspaceOfRoute(projectRoute("gone"), projects), null);
  assert.equal(workspaceOfRoute({ screen: "projects" }, projects), null);
  assert.equal(workspaceOfRoute({ screen: "account" }, projects), null);
});

test("the route's workspace wins over the one last chosen", () => {
  assert.equal(currentWorkspace(projectRoute("p1"), workspaces, projects, "w2")?.id, "w1");
  assert.equal(currentWorkspace({ screen: "workspace", workspaceId: "w2", tab: "team" }, workspaces, projects, "w1")?.id, "w2");
});

test("without one in the route, the last chosen workspace is current", () => {
  assert.equal(currentWorkspace({ screen: "projects" }, workspaces, projects, "w2")?.id, "w2");
  assert.equal(currentWorkspace({ screen: "new-workspace" }, workspaces, projects, "w2")?.id, "w2");
});

test("a workspace the user left, or never chose, falls back to the oldest", () => {
  assert.equal(currentWorkspace({ screen: "projects" }, workspaces, projects, "left")?.id, "w1");
  assert.equal(currentWorkspace({ screen: "projects" }, workspaces, projects, null)?.id, "w1");
  assert.equal(currentWorkspace({ screen: "workspace", workspaceId: "left", tab: "team" }, workspaces, projects, "w2")?.id, "w2");
  assert.equal(currentWorkspace({ screen: "projects" }, [], [], "w1"), null);
});

test("a workspace's projects are only its own", () => {
  assert.deepEqual(projectsOf(projects, "w2").map((p) => p.id), ["p2", "p3"]);
  assert.deepEqual(projectsOf(projects, "w1").map((p) => p.id), ["p1"]);
  assert.deepEqual(projectsOf(projects, null), []);
});

test("switching keeps a workspace tab and otherwise shows the projects, in a link naming the workspace", () => {
  assert.deepEqual(routeAfterSwitch({ screen: "workspace", workspaceId: "w1", tab: "audit" }, "w2"), {
    screen: "workspace",
    workspaceId: "w2",
    tab: "audit",
  });
  const projectsOfW2: Route = { screen: "workspace", workspaceId: "w2", tab: "projects" };
  assert.deepEqual(routeAfterSwitch(projectRoute("p1"), "w2"), projectsOfW2);
  assert.deepEqual(routeAfterSwitch({ screen: "new-workspace" }, "w2"), projectsOfW2);
  assert.deepEqual(parseRoute(hrefOf(projectsOfW2)), projectsOfW2);
  assert.deepEqual(parseRoute("#/workspaces/w2"), projectsOfW2);
});

test("the new-workspace screen has a link of its own", () => {
  assert.equal(hrefOf({ screen: "new-workspace" }), "#/new-workspace");
  assert.deepEqual(parseRoute("#/new-workspace"), { screen: "new-workspace" });
});
