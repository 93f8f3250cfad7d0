package dev.tend.archfixture.importer;

import dev.tend.archfixture.store.Repo;

/** Violation: a file format reaches into the database. */
public class BadReader {
    Repo repo;
}
