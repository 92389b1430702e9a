// The links the server mails point at paths (/app/reset-password?token=…,
// /app/invitations/<token>); the dashboard routes by hash, so such a path becomes the
// hash of the same screen.
import { hrefOf } from "../router.js";

export function hashOfEmailLink(pathname: string, search: string): string | null {
  const invitation = /^\/app\/invitations\/([^/]+)\/?$/.exec(pathname);
  if (invitation) return hrefOf({ screen: "invitation", token: decodeURIComponent(invitation[1]) });
  if (/^\/app\/reset-password\/?$/.test(pathname)) {
    return hrefOf({ screen: "reset", token: new URLSearchParams(search).get("token") });
  }
  return null;
}

// The invitation's link on this dashboard: `appUrl` is the page's address, hash or not.
export function invitationLink(appUrl: string, token: string): string {
  return appUrl.split("#")[0] + hrefOf({ screen: "invitation", token });
}
