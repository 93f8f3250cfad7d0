package dev.tend.archfixture.service;

import dev.tend.archfixture.domain.Thing;
import dev.tend.archfixture.store.Repo;

/** Allowed: a service on store and domain. */
public class Service {
    Repo repo;
    Thing thing;
}
