package dev.tend.ui.common;

/** Moves between the main window's screens, e.g. from a network check to a contact. */
public interface Navigator {
    /** Shows the screen with this id ("contacts", "network", "events", ...). */
    void show(String screenId);

    /** Shows the Contacts screen with this contact open in the detail pane. */
    void showContact(long contactId);

    /** Shows the contact list filtered by an event (by id) or a tag; either may be null. */
    default void showContacts(Long eventId, String tag) {
        show("contacts");
    }
}
