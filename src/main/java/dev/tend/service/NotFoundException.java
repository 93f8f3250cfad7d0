package dev.tend.service;

/** The thing asked for is not (or no longer) stored. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
