package dev.tend.importer;

import dev.tend.domain.Contact;
import dev.tend.domain.Photo;

/**
 * One contact read from a file, not yet stored: {@code contact} has no id; its phones carry the
 * E.164 form the reader worked out from the card's own context where it could.
 * {@code photo} is null when the card had none.
 */
public record ImportRecord(SourceRef source, Contact contact, Photo photo) {
}
