package dev.docket.dashboard.pages;

import dev.docket.JobState;
import dev.docket.dashboard.html.Html;

/** State labels: text first (colour only repeats what the word says). */
final class Badges {
    private Badges() {
    }

    static void state(Html h, JobState state) {
        h.el("span", state.wireName(), "class", "badge state-" + state.wireName());
    }

    static void flag(Html h, boolean on, String onText, String offText) {
        h.el("span", on ? onText : offText, "class", on ? "badge flag-on" : "badge flag-off");
    }
}
