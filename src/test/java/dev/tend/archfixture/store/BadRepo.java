package dev.tend.archfixture.store;

import dev.tend.archfixture.service.Service;

/** Violation: the store reaches up into the services. */
public class BadRepo {
    Service service;
}
