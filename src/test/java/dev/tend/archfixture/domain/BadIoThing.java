package dev.tend.archfixture.domain;

import java.io.FileReader;
import java.nio.file.Path;
import java.sql.Connection;

/** Violation: the domain does file I/O and SQL. */
public class BadIoThing {
    FileReader reader;
    Path path;
    Connection connection;
}
