package dev.tend.archfixture.domain;

/** Allowed: a domain record on nothing but the JDK's basics. */
public record Thing(String name) {
}
