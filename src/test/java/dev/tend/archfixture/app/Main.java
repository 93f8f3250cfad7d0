package dev.tend.archfixture.app;

import dev.tend.archfixture.cli.Command;
import dev.tend.archfixture.ui.Window;
import javafx.application.Application;
import picocli.CommandLine;

/** Allowed: the launcher wires window, command line, JavaFX and picocli. */
public class Main {
    Window window;
    Command command;
    Class<Application> application;
    CommandLine commandLine;
}
