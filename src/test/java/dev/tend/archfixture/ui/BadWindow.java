package dev.tend.archfixture.ui;

import dev.tend.archfixture.cli.Command;

/** Violation: the UI on the command line. */
public class BadWindow {
    Command command;
}
