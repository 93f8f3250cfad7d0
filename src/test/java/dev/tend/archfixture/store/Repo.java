package dev.tend.archfixture.store;

import dev.tend.archfixture.domain.Thing;
import java.sql.Connection;

/** Allowed: the store on the domain, JDBC and libraries. */
public class Repo {
    Thing thing;
    Connection connection;
}
