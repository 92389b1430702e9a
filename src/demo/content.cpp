#include "demo/content.hpp"

namespace waymark::demo {

std::string_view DemoPosts() {
  return R"json([
  {"title": "Welcome to the changelog", "category": "Announcement",
   "body": "This is where **Acme Analytics** tells you what changed.\n\nOpen it from the launcher at the bottom right; the badge counts what you have not read yet."},
  {"title": "Faster exports", "category": "Improvement", "labels": ["reports"],
   "body": "Exports of large reports now finish **three times faster**:\n\n- CSV streams as it is written\n- PDFs render in the background\n\nNothing to change on your side."},
  {"title": "Dark mode is here", "category": "New", "labels": ["appearance"],
   "body": "Switch it on under *Settings → Appearance*, or let it follow your system.\n\n> Easy on the eyes after sunset."}
])json";
}

std::string_view DemoInteractions() {
  return R"json([
  {"format": "modal", "name": "Welcome", "title": "Welcome to Acme Analytics",
   "body": "This page is a pretend product with Waymark's widget on it. Everything you see comes from the demo project; change it through the API and reload.",
   "buttons": [{"label": "What's new?", "action": "widget"}, {"label": "Got it", "action": "close"}],
   "targeting": {"priority": 10, "trigger": {"type": "page_load", "delayMs": 600},
                 "recurrence": {"type": "once"}}},
  {"format": "tooltip", "name": "Export tip", "title": "Export in one click",
   "body": "Reports now export three times faster.", "selector": "#export-button",
   "targeting": {"where": {"rules": [{"op": "contains", "value": "/reports"}]},
                 "recurrence": {"type": "always"}, "exemptFromRateLimit": true}},
  {"format": "banner", "name": "Annual plans", "title": "Annual plans are 20% off this month",
   "position": "top", "dismissible": true, "snoozable": true,
   "targeting": {"where": {"rules": [{"op": "contains", "value": "/pricing"}]},
                 "recurrence": {"type": "always"}, "exemptFromRateLimit": true}},
  {"format": "hotspot", "name": "Settings hotspot", "title": "Dark mode lives here",
   "body": "Try it: your eyes will thank you.", "selector": "#settings-link",
   "targeting": {"recurrence": {"type": "always"}, "exemptFromRateLimit": true}},
  {"format": "snippet", "name": "Settings snippet", "title": "Invite your team",
   "body": "Analytics are better together.",
   "buttons": [{"label": "Invite", "action": "close"}],
   "targeting": {"where": {"rules": [{"op": "contains", "value": "/settings"}]},
                 "recurrence": {"type": "always"}, "exemptFromRateLimit": true}},
  {"format": "tour", "name": "Product tour",
   "steps": [
     {"format": "tooltip", "title": "Your reports", "body": "Everything you measure, in one place.", "selector": "#nav-reports"},
     {"format": "tooltip", "title": "Pricing", "body": "Plans for every team size.", "selector": "#nav-pricing"},
     {"format": "modal", "title": "That's it!", "body": "Open the changelog any time from the launcher."}],
   "targeting": {"trigger": {"type": "manual"}, "recurrence": {"type": "always"},
                 "exemptFromRateLimit": true}}
])json";
}

}  // namespace waymark::demo
