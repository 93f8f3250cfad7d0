package dev.tend.archfixture.importer;

import dev.tend.archfixture.domain.Thing;
import java.nio.file.Path;

/** Allowed: a file format reads files into domain values. */
public class Reader {
    Thing thing;
    Path file;
}
