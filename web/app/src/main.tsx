import { render } from "preact";
import { App } from "./app.js";
import "./app.css";
import { hashOfEmailLink } from "./settings/email_link.js";

const emailed = hashOfEmailLink(window.location.pathname, window.location.search);
if (emailed) history.replaceState(null, "", "/app/" + emailed);

const root = document.getElementById("app");
if (root) render(<App />, root);
