package dev.tend.archfixture.cli;

import dev.tend.archfixture.service.Service;
import picocli.CommandLine;

/** Allowed: the command line on services and picocli. */
public class Command {
    Service service;
    CommandLine commandLine;
}
