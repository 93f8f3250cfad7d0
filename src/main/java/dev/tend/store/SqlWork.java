package dev.tend.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run on the database's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
