package dev.tend.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SingleInstanceTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondStartHandsItsFilesToTheFirst() throws Exception {
        Path db = tmp.resolve("tend.db");
        Path cards = Files.writeString(tmp.resolve("cards.vcf"), "BEGIN:VCARD\nEND:VCARD\n");
        BlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
        try (SingleInstance first = owner(SingleInstance.claim(db, List.of()))) {
            first.onRequest(received::add);

            SingleInstance.Claim second = SingleInstance.claim(db, List.of(cards), Duration.ofSeconds(5));

            assertThat(second).isEqualTo(new SingleInstance.HandedOff(List.of(cards)));
            assertThat(received.poll(5, TimeUnit.SECONDS)).containsExactly(cards);
            // A plain second start (no files) still reaches the first: it brings the window forward.
            assertThat(SingleInstance.claim(db, List.of(), Duration.ofSeconds(5)))
                    .isInstanceOf(SingleInstance.HandedOff.class);
            assertThat(received.poll(5, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void requestsBeforeTheWindowListensAreKept() throws Exception {
        Path db = tmp.resolve("tend.db");
        Path cards = tmp.resolve("a.vcf");
        try (SingleInstance first = owner(SingleInstance.claim(db, List.of()))) {
            SingleInstance.claim(db, List.of(cards), Duration.ofSeconds(5));
            BlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();

            first.onRequest(received::add);

            assertThat(received.poll(1, TimeUnit.SECONDS)).containsExactly(cards);
        }
    }

    @Test
    void afterTheFirstClosesTheNextStartOwnsTheDatabase() {
        Path db = tmp.resolve("tend.db");
        owner(SingleInstance.claim(db, List.of())).close();

        try (SingleInstance next = owner(SingleInstance.claim(db, List.of(), Duration.ofSeconds(5)))) {
            assertThat(next.recoveredStale()).isFalse();
        }
    }

    @Test
    void otherDatabasesHaveTheirOwnInstance() {
        try (SingleInstance a = owner(SingleInstance.claim(tmp.resolve("a.db"), List.of()));
             SingleInstance b = owner(SingleInstance.claim(tmp.resolve("b.db"), List.of()))) {
            assertThat(a).isNotSameAs(b);
        }
    }

    @Test
    void aFileLeftByACrashedTendIsRecovered() throws IOException {
        Path db = tmp.resolve("tend.db");
        // What a crash leaves: the file with a port nobody listens on any more, and no lock (the OS
        // dropped it with the process).
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();
        }
        Files.writeString(SingleInstance.instanceFile(db), "pid=999999\nport=" + deadPort + "\ntoken=abc\n");

        try (SingleInstance recovered = owner(SingleInstance.claim(db, List.of(), Duration.ofSeconds(5)))) {
            assertThat(recovered.recoveredStale()).isTrue();
            assertThat(Files.readString(SingleInstance.instanceFile(db))).doesNotContain("port=" + deadPort)
                    .doesNotContain("token=abc");
        }
    }

    @Test
    void anOwnerThatDoesNotAnswerIsReportedNotWaitedForForever() throws IOException {
        Path db = tmp.resolve("tend.db");
        Path file = SingleInstance.instanceFile(db);
        // A hung owner: holds the lock (another process in real life) but nothing answers.
        Files.writeString(file, "pid=1\nport=1\ntoken=abc\n");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE);
             FileLock ignored = ch.lock(1L << 20, 1, false)) {
            assertThatThrownBy(() -> SingleInstance.claim(db, List.of(), Duration.ofMillis(500)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already open on " + db).hasMessageContaining("does not answer");
        }
    }

    @Test
    void aConnectionWithoutTheTokenIsRefused() throws Exception {
        Path db = tmp.resolve("tend.db");
        BlockingQueue<List<Path>> received = new LinkedBlockingQueue<>();
        try (SingleInstance first = owner(SingleInstance.claim(db, List.of()))) {
            first.onRequest(received::add);
            String text = Files.readString(SingleInstance.instanceFile(db));
            int port = Integer.parseInt(text.lines().filter(l -> l.startsWith("port=")).findFirst().orElseThrow()
                    .substring(5));
            try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.getOutputStream().write("TEND-INSTANCE 1 wrong\n/etc/passwd\n\n".getBytes(StandardCharsets.UTF_8));
                assertThat(socket.getInputStream().read()).isEqualTo(-1);
            }
            assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void theInstanceFileIsForTheOwnerOnly() throws IOException {
        Path db = tmp.resolve("tend.db");
        try (SingleInstance ignored = owner(SingleInstance.claim(db, List.of()))) {
            assertThat(Files.getPosixFilePermissions(SingleInstance.instanceFile(db)))
                    .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static SingleInstance owner(SingleInstance.Claim claim) {
        assertThat(claim).isInstanceOf(SingleInstance.Owner.class);
        return ((SingleInstance.Owner) claim).instance();
    }

}
