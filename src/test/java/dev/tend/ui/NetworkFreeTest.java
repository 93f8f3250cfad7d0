package dev.tend.ui;

import static dev.tend.ui.TendAppFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tend.cli.TendCommandAccess;
import dev.tend.domain.ContactQuery;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

/**
 * Tend makes no network connection, checked at run time (the ArchUnit rule checks the code): while
 * the window starts (with its daily backup), a vCard file is imported and the database exported as
 * JSON, vCard and CSV, three independent watchers see nothing. JFR records every socket read and
 * write of the process; a recording {@link ProxySelector} sees every URL or HTTP connection Java
 * attempts before it connects; and the process's open file descriptors (Linux) show no new socket.
 */
class NetworkFreeTest extends WindowTest {

    @Test
    void startingTheWindowImportingAndExportingOpenNoSocket() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc (Linux) for the socket count");
        Path cards = Files.writeString(dir.resolve("fair.vcf"), """
                BEGIN:VCARD
                VERSION:3.0
                N:Schmidt;Anna;;;
                FN:Anna Schmidt
                EMAIL:anna@acme.de
                URL:https://www.linkedin.com/in/anna-schmidt
                PHOTO;VALUE=URI:https://example.com/anna.jpg
                END:VCARD
                """, StandardCharsets.UTF_8);
        Set<String> socketsBefore = sockets();
        List<URI> asked = Collections.synchronizedList(new ArrayList<>());
        ProxySelector previous = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
        Path jfr = dir.resolve("sockets.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.SocketRead").withThreshold(Duration.ZERO).withStackTrace();
            recording.enable("jdk.SocketWrite").withThreshold(Duration.ZERO).withStackTrace();
            recording.start();

            fixture.start(db());
            waitUntil(() -> Files.isRegularFile(dir.resolve("backups/tend-daily-" + LocalDate.now() + ".db")));
            assertThat(run("import", cards.toString())).isZero();
            for (String format : List.of("json", "vcf", "csv")) {
                assertThat(run("export", "--format", format, "--out", dir.resolve("all." + format).toString())).isZero();
            }
            interact(() -> fixture.services().contacts().count(ContactQuery.all()));
            assertThat(fixture.services().contacts().count(ContactQuery.text("anna"))).isEqualTo(1);

            recording.stop();
            recording.dump(jfr);
        } finally {
            ProxySelector.setDefault(previous);
        }

        List<String> socketEvents = new ArrayList<>();
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            socketEvents.add(e.getEventType().getName() + " " + e.getString("host") + ":" + e.getInt("port"));
        }
        assertThat(socketEvents).as("socket reads and writes (JFR)").isEmpty();
        assertThat(asked).as("URLs Java was asked to connect to").isEmpty();
        Set<String> opened = sockets();
        opened.removeAll(socketsBefore);
        assertThat(opened).as("sockets opened by the process").isEmpty();
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db().toString()));
        all.addAll(List.of(args));
        return TendCommandAccess.commandLine().execute(all.toArray(String[]::new));
    }

    /** The process's open sockets, as the kernel names them ("socket:[12345]"). */
    private static Set<String> sockets() throws IOException {
        Set<String> sockets = new TreeSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:")) {
                        sockets.add(target);
                    }
                } catch (IOException e) {
                    // closed while listing
                }
            }
        }
        return sockets;
    }
}
