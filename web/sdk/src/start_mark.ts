// Imported first by main.ts, so the mark comes before any other module of the bundle runs:
// the widget's time to draw is measured from here.
import { mark } from "./safe";

mark("waymark:script-start");
