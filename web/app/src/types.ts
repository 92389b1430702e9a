// The shapes of the API's answers the dashboard reads (docs/openapi.yaml has them all).

export interface User {
  id: string;
  email: string;
  name: string;
  instanceOwner?: boolean;
}

export interface SignedIn {
  user: User;
  csrfToken: string;
}

export type Role = "viewer" | "editor" | "admin" | "owner";

export interface Workspace {
  id: string;
  name: string;
  role: Role;
}

export interface Project {
  id: string;
  workspaceId: string;
  name: string;
  publicKey: string;
  role?: Role;
  sdkSeenAt?: string | null; // when the widget last loaded on the site (sdkSeenOrigin)
  sdkSeenOrigin?: string | null;
  [setting: string]: unknown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const order: Role[] = ["viewer", "editor", "admin", "owner"];

// Whether `role` reaches `least`, as the server decides.
export function atLeast(role: Role | undefined, least: Role): boolean {
  return role !== undefined && order.indexOf(role) >= order.indexOf(least);
}
