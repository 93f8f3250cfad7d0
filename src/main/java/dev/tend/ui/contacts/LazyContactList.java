package dev.tend.ui.contacts;

import dev.tend.domain.ContactSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;

/**
 * The contact list as the ListView sees it: its size is the query's count, and rows are fetched
 * a page at a time when a cell first shows them. Scrolling through 100,000 contacts loads only the
 * pages passed, and only their list columns.
 */
final class LazyContactList extends ObservableListBase<ContactSummary> {
    static final int PAGE_SIZE = 100;
    private static final int CACHED_PAGES = 30;

    /** Loads rows {@code offset} to {@code offset + limit} of the query. */
    @FunctionalInterface
    interface PageSource {
        List<ContactSummary> load(int offset, int limit);
    }

    private final PageSource source;
    private final int size;
    private final Map<Integer, List<ContactSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ContactSummary>> eldest) {
            return size() > CACHED_PAGES;
        }
    };

    LazyContactList(PageSource source, int size, List<ContactSummary> firstPage) {
        this.source = source;
        this.size = size;
        if (!firstPage.isEmpty()) {
            pages.put(0, firstPage);
        }
    }

    @Override
    public ContactSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE_SIZE;
        List<ContactSummary> rows = pages.computeIfAbsent(page, p -> source.load(p * PAGE_SIZE, PAGE_SIZE));
        int at = index % PAGE_SIZE;
        // The database may have shrunk since the count (another process deleted rows): show the
        // last row rather than fail; the next refresh corrects the size.
        return rows.isEmpty() ? null : rows.get(Math.min(at, rows.size() - 1));
    }

    @Override
    public int size() {
        return size;
    }

    /** The position of a contact among the pages already loaded, or -1. */
    int indexOfLoaded(long contactId) {
        for (Map.Entry<Integer, List<ContactSummary>> e : pages.entrySet()) {
            List<ContactSummary> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == contactId) {
                    return e.getKey() * PAGE_SIZE + i;
                }
            }
        }
        return -1;
    }
}
