package dev.tend.archfixture.service;

import dev.tend.archfixture.cli.Command;
import dev.tend.archfixture.ui.Window;

/** Violation: a service that knows the window and the command line. */
public class BadService {
    Window window;
    Command command;
}
