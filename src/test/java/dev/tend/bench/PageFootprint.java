package dev.tend.bench;

import dev.tend.domain.Contact;
import dev.tend.domain.ContactQuery;
import dev.tend.domain.ContactSummary;
import dev.tend.service.TendServices;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Heap retained by the contact list's pages: holds many pages of {@link ContactSummary} (and, for
 * comparison, fully loaded {@link Contact}s) and divides the growth of the used heap after full
 * GCs by their number. Not a JMH benchmark; run it with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.main=dev.tend.bench.PageFootprint -Dbench.args=}.
 */
public final class PageFootprint {
    private static final int PAGE = 100;

    public static void main(String[] args) {
        BenchData.quietLogging();
        try (TendServices s = TendServices.open(BenchData.database(BenchDatabase.CONTACTS), Clock.systemUTC(),
                Locale.GERMANY)) {
            ContactQuery all = ContactQuery.all();
            int total = s.contacts().count(all);
            // Warm up class loading and the statement cache so they do not count as page data.
            s.contacts().search(all, 0, PAGE);
            s.contacts().get(s.contacts().search(all, 0, 1).get(0).id());

            int pages = 300;
            List<List<ContactSummary>> kept = new ArrayList<>(pages);
            long before = usedHeapAfterGc();
            for (int p = 0; p < pages; p++) {
                kept.add(s.contacts().search(all, p * (total / pages), PAGE));
            }
            long perPage = (usedHeapAfterGc() - before) / pages;
            int rows = kept.stream().mapToInt(List::size).sum();

            int contacts = 2_000;
            List<Contact> full = new ArrayList<>(contacts);
            before = usedHeapAfterGc();
            for (List<ContactSummary> page : kept) {
                for (ContactSummary row : page) {
                    if (full.size() < contacts) {
                        full.add(s.contacts().get(row.id()));
                    }
                }
            }
            long perContact = (usedHeapAfterGc() - before) / full.size();

            System.out.printf(Locale.ROOT, "contacts in the list:          %,d%n", total);
            System.out.printf(Locale.ROOT, "pages held:                    %,d (%,d rows)%n", pages, rows);
            System.out.printf(Locale.ROOT, "heap per page of %d summaries: %,d bytes (%,d bytes a row)%n", PAGE,
                    perPage, perPage / PAGE);
            System.out.printf(Locale.ROOT, "heap per fully loaded Contact: %,d bytes (%d held)%n", perContact,
                    full.size());
            System.out.printf(Locale.ROOT, "all %,d rows as summaries:     %.1f MB; as full contacts: %.1f MB%n",
                    total, total * (perPage / (double) PAGE) / 1e6, total * (double) perContact / 1e6);
            // Keep both alive until measured.
            if (kept.hashCode() == full.hashCode()) {
                System.out.println();
            }
        }
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private PageFootprint() {
    }
}
