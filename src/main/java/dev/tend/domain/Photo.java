package dev.tend.domain;

/** A contact's picture, as bytes of a common image type. */
public record Photo(String mimeType, byte[] data) {
}
