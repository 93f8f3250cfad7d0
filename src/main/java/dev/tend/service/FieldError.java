package dev.tend.service;

/**
 * One field that failed validation. {@code field} names it ("email.1" is the second email),
 * {@code code} is a stable key the UI translates, {@code message} is the English text for the CLI
 * and logs.
 */
public record FieldError(String field, String code, String message) {
}
