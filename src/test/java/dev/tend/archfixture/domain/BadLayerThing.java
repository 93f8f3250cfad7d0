package dev.tend.archfixture.domain;

import dev.tend.archfixture.store.Repo;

/** Violation: the domain reaches up into the store. */
public class BadLayerThing {
    Repo repo;
}
