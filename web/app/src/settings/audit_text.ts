// The audit log's events in words.

const actions: Record<string, string> = {
  "account.created": "Account created",
  "login.succeeded": "Signed in",
  "login.failed": "Sign-in failed",
  "session.revoked": "Session ended",
  "session.revoked_all": "Signed out everywhere",
  "password.changed": "Password changed",
  "password.reset_requested": "Password reset asked for",
  "password.reset": "Password reset",
  "extension_token.created": "Extension token created",
  "extension_token.revoked": "Extension token revoked",
  "workspace.created": "Workspace created",
  "workspace.renamed": "Workspace renamed",
  "member.role_changed": "Role changed",
  "member.removed": "Member removed",
  "member.joined": "Member joined",
  "invitation.created": "Invitation sent",
  "invitation.revoked": "Invitation withdrawn",
  "project.created": "Project created",
  "project.renamed": "Project renamed",
  "project.deleted": "Project deleted",
  "project.widget_changed": "Widget settings changed",
  "project.identity_secret_rotated": "Identity secret rotated",
  "key.created": "Secret key created",
  "key.revoked": "Secret key revoked",
  "webhook.created": "Webhook added",
  "webhook.updated": "Webhook changed",
  "webhook.deleted": "Webhook deleted",
  "webhook.secret_rotated": "Webhook secret rotated",
};

// Actions this version does not know yet are shown as the server names them.
export function actionText(action: string): string {
  return actions[action] ?? action;
}

const valueText = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value));

// "from editor to admin" first when the event records a change, then the rest as
// "key: value", in the order recorded.
export function detailsText(details: Record<string, unknown>): string {
  const parts: string[] = [];
  const change = "from" in details && "to" in details;
  if (change) parts.push(`${valueText(details.from)} → ${valueText(details.to)}`);
  for (const [key, value] of Object.entries(details)) {
    if (change && (key === "from" || key === "to")) continue;
    parts.push(`${key}: ${valueText(value)}`);
  }
  return parts.join(", ");
}
