package dev.tend.archfixture.service;

import picocli.CommandLine;

/** Violation: picocli outside the command line. */
public class PicoService {
    CommandLine commandLine;
}
