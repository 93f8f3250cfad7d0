package dev.tend.store;

import dev.tend.bench.BenchData;
import dev.tend.domain.FollowUpReason;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;

/** Times each follow-up rule's count on a prepared copy (args: the database file). Not a test. */
public final class FollowUpQueryProbe {
    public static void main(String[] args) throws Exception {
        BenchData.quietLogging();
        LocalDate asOf = BenchData.NETWORK_AS_OF;
        FollowUpStore.Window w = new FollowUpStore.Window(asOf, asOf.plusDays(6), asOf, true, 15);
        try (Database db = Database.open(Path.of(args[0]))) {
            db.read(c -> {
                for (int round = 0; round < 3; round++) {
                    for (FollowUpReason r : FollowUpReason.values()) {
                        String sql = FollowUpStore.shown(w, EnumSet.of(r)) + " SELECT count(*) FROM shown";
                        long t0 = System.nanoTime();
                        int n;
                        try (PreparedStatement ps = c.prepareStatement(sql)) {
                            ps.setString(1, w.asOf().toString());
                            ps.setString(2, w.to().toString());
                            try (ResultSet rs = ps.executeQuery()) {
                                rs.next();
                                n = rs.getInt(1);
                            }
                        }
                        System.out.printf(Locale.ROOT, "%-17s %6d  %6.1f ms%n", r, n, (System.nanoTime() - t0) / 1e6);
                    }
                    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    for (int i = 0; i < 5; i++) {
                        long t0 = System.nanoTime();
                        long cpu0 = mx.getCurrentThreadCpuTime();
                        new FollowUpStore().items(c, w);
                        System.out.printf(Locale.ROOT, "items            %6.1f ms wall, %6.1f ms CPU%n",
                                (System.nanoTime() - t0) / 1e6, (mx.getCurrentThreadCpuTime() - cpu0) / 1e6);
                    }
                }
                return null;
            });
        }
    }
}
