#!/usr/bin/env node
// Validates an OpenAPI document: `node scripts/validate-openapi.mjs docs/openapi.yaml
// [--waymark BINARY]`. With a server binary, it also checks that the document describes
// exactly the routes `waymark routes` declares, each with the same access.
// swagger-parser checks the document against the OpenAPI schema and resolves every $ref.
// For OpenAPI 3 it stops there, so this script also checks what the API's own tests lean
// on: unique operationIds, path templates whose parameters are all declared, and a
// well-formed x-waymark-access on every /api/ operation.
import SwaggerParser from "@apidevtools/swagger-parser";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const kMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const kScopes = ["public", "user", "workspace", "project", "instance"];
const kRoles = ["viewer", "editor", "admin", "owner"];

function accessProblems(access) {
  if (access === null || typeof access !== "object") return ["x-waymark-access is missing"];
  const problems = [];
  const keys = Object.keys(access).sort().join(",");
  if (keys !== "extension,role,scope,secretKey") {
    problems.push(`x-waymark-access has keys ${keys}; want extension, role, scope, secretKey`);
  }
  if (!kScopes.includes(access.scope)) problems.push(`scope ${access.scope} is not one of ${kScopes}`);
  if (!kRoles.includes(access.role)) problems.push(`role ${access.role} is not one of ${kRoles}`);
  for (const flag of ["secretKey", "extension"]) {
    if (typeof access[flag] !== "boolean") problems.push(`${flag} must be true or false`);
  }
  return problems;
}

// What swagger-parser leaves unchecked for OpenAPI 3; one message per problem.
function operationProblems(api) {
  const problems = [];
  const operationIds = new Map();
  for (const [path, item] of Object.entries(api.paths ?? {})) {
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
    for (const method of kMethods) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      const id = operation.operationId;
      if (!id) problems.push(`${where}: no operationId`);
      else if (operationIds.has(id)) problems.push(`${where}: operationId ${id} also names ${operationIds.get(id)}`);
      else operationIds.set(id, where);

      const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])]
        .filter((parameter) => parameter.in === "path")
        .map((parameter) => parameter.name);
      for (const name of templated) {
        if (!declared.includes(name)) problems.push(`${where}: path parameter {${name}} is not declared`);
      }
      for (const name of declared) {
        if (!templated.includes(name)) problems.push(`${where}: parameter ${name} is not in the path`);
      }
      if (path.startsWith("/api/")) {
        for (const problem of accessProblems(operation["x-waymark-access"])) {
          problems.push(`${where}: ${problem}`);
        }
      }
    }
  }
  return problems;
}

// The routes the binary declares, as "METHOD /path" -> x-waymark-access.
function declaredRoutes(binary) {
  const dataDir = mkdtempSync(join(tmpdir(), "waymark-routes-"));
  try {
    const tsv = execFileSync(binary, ["routes", "--data-dir", dataDir], { encoding: "utf8" });
    const routes = new Map();
    for (const line of tsv.trim().split("\n").slice(1)) {
      const [method, path, scope, role, secretKey, extension] = line.split("\t");
      routes.set(`${method} ${path}`, {
        scope,
        role,
        secretKey: secretKey === "yes",
        extension: extension === "yes",
      });
    }
    return routes;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function routeProblems(api, routes) {
  const problems = [];
  const documented = new Set();
  for (const [path, item] of Object.entries(api.paths ?? {})) {
    if (!path.startsWith("/api/")) continue;
    for (const method of kMethods) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      documented.add(key);
      const declared = routes.get(key);
      if (!declared) {
        problems.push(`${key}: documented, but the server has no such route`);
        continue;
      }
      const written = operation["x-waymark-access"] ?? {};
      for (const field of ["scope", "role", "secretKey", "extension"]) {
        if (written[field] !== declared[field]) {
          problems.push(`${key}: x-waymark-access.${field} is ${written[field]}, the server says ${declared[field]}`);
        }
      }
    }
  }
  for (const key of routes.keys()) {
    if (!documented.has(key)) problems.push(`${key}: served, but not documented`);
  }
  return problems;
}

function countOperations(api) {
  let operations = 0;
  for (const item of Object.values(api.paths ?? {})) {
    operations += kMethods.filter((method) => item[method]).length;
  }
  return operations;
}

async function main(args) {
  const [file, flag, binary] = args;
  if (!file || (flag !== undefined && (flag !== "--waymark" || !binary))) {
    console.error("usage: validate-openapi.mjs FILE [--waymark BINARY]");
    return 2;
  }
  let api;
  try {
    api = await SwaggerParser.validate(file);
  } catch (error) {
    console.error(`openapi: ${file} is invalid:\n${error.message}`);
    return 1;
  }
  const problems = operationProblems(api);
  if (binary) problems.push(...routeProblems(api, declaredRoutes(binary)));
  if (problems.length > 0) {
    console.error(`openapi: ${file} is invalid:\n${problems.join("\n")}`);
    return 1;
  }
  const paths = Object.keys(api.paths ?? {}).length;
  const matched = binary ? ", matching the server's routes and access" : "";
  console.log(`openapi: ${paths} paths, ${countOperations(api)} operations valid${matched}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
