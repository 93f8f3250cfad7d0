package dev.tend.archfixture.cli;

import dev.tend.archfixture.ui.Window;

/** Violation: the command line on the UI. */
public class BadCommand {
    Window window;
}
