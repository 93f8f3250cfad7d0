package dev.tend.app;

import dev.tend.store.OwnerOnly;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Tend window per database (decision 0014). The first start owns {@code <db>.instance}: it
 * holds an OS lock on the file and writes into it a loopback port and a random token. A later
 * start finds the lock taken, connects to that port with the token and hands over its files; the
 * owner brings its window forward and imports them. The OS drops the lock when a process ends, even
 * on a crash, so a file left behind is recognised as stale (the lock is free), logged and reused.
 *
 * <p>The only class of Tend that opens sockets, and only on the loopback interface.
 */
public final class SingleInstance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    private static final String HELLO = "TEND-INSTANCE 1 ";
    private static final String OK = "OK";
    /**
     * The lock covers one byte far past the file's text: Windows locks are mandatory, and a lock
     * on the text would keep a later start from reading the port and token.
     */
    private static final long LOCK_POSITION = 1L << 20;
    private static final int MAX_FILES = 1_000;
    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final String token;
    private final boolean recoveredStale;
    private final List<List<Path>> pending = new ArrayList<>();
    private Consumer<List<Path>> handler;

    /** What a start found: it owns the database now, or the running owner took its files. */
    public sealed interface Claim permits Owner, HandedOff {
    }

    /** This process owns the database; close the instance when the window has closed. */
    public record Owner(SingleInstance instance) implements Claim {
    }

    /** Another Tend has the database open and was handed {@code files}. */
    public record HandedOff(List<Path> files) implements Claim {
    }

    private SingleInstance(Path file, FileChannel channel, FileLock lock, ServerSocket server, String token,
                           boolean recoveredStale) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.token = token;
        this.recoveredStale = recoveredStale;
    }

    /**
     * Becomes the owner of {@code database}, or hands {@code files} (absolute paths, perhaps none)
     * to the running owner. Fails when an owner holds the lock but does not answer within seconds.
     */
    public static Claim claim(Path database, List<Path> files) {
        return claim(database, files, DEFAULT_WAIT);
    }

    static Claim claim(Path database, List<Path> files, Duration wait) {
        Path info = instanceFile(database);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<SingleInstance> owned = tryToOwn(info);
            if (owned.isPresent()) {
                return new Owner(owned.get());
            }
            // The owner may be between taking the lock and writing its port: try again shortly.
            if (readEndpoint(info).map(e -> send(e, files)).orElse(false)) {
                LOG.info("Tend is already open on {}; handed it {} file(s)", database, files.size());
                return new HandedOff(List.copyOf(files));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Tend is already open on " + database.toAbsolutePath()
                        + " but does not answer. Close that window (or end the process) and try again.");
            }
            sleep(100);
        }
    }

    /** {@code <db>.instance} beside the database. */
    public static Path instanceFile(Path database) {
        Path abs = database.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + ".instance");
    }

    private static Optional<SingleInstance> tryToOwn(Path info) {
        FileChannel channel = null;
        try {
            Path parent = info.getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            channel = FileChannel.open(info, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            OwnerOnly.restrict(info);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // this JVM owns it already (tests start two instances in one process)
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            boolean stale = channel.size() > 0;
            if (stale) {
                LOG.warn("Recovered {}: it was left by a Tend that ended without closing ({}); the lock was free, "
                        + "so that Tend is gone and this one takes over", info, describeStale(channel));
            }
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            String token = newToken();
            String text = "pid=" + ProcessHandle.current().pid() + "\nport=" + server.getLocalPort()
                    + "\ntoken=" + token + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            SingleInstance instance = new SingleInstance(info, channel, lock, server, token, stale);
            instance.listen();
            return Optional.of(instance);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Cannot use " + info + ": " + e.getMessage(), e);
        }
    }

    private static String describeStale(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buf, 0);
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
        return text.lines().filter(l -> l.startsWith("pid=")).findFirst().map(l -> "process " + l.substring(4))
                .orElse("process unknown");
    }

    private record Endpoint(int port, String token) {
    }

    private static Optional<Endpoint> readEndpoint(Path info) {
        try (FileChannel channel = FileChannel.open(info, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
            channel.read(buf, 0);
            String text = new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
            Integer port = null;
            String token = null;
            for (String line : text.lines().toList()) {
                if (line.startsWith("port=")) {
                    port = Integer.valueOf(line.substring(5));
                } else if (line.startsWith("token=")) {
                    token = line.substring(6);
                }
            }
            return port == null || token == null || token.isEmpty() ? Optional.empty()
                    : Optional.of(new Endpoint(port, token));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean send(Endpoint endpoint, List<Path> files) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), endpoint.port()), 1_000);
            socket.setSoTimeout(5_000);
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
            out.write(HELLO + endpoint.token() + "\n");
            for (Path f : files) {
                out.write(f.toAbsolutePath().normalize() + "\n");
            }
            out.write("\n");
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            return OK.equals(in.readLine());
        } catch (IOException e) {
            return false;
        }
    }

    private void listen() {
        Thread t = new Thread(this::serve, "tend-single-instance");
        t.setDaemon(true);
        t.start();
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(5_000);
                receive(socket).ifPresent(this::deliver);
            } catch (SocketException e) {
                return; // closed
            } catch (IOException e) {
                LOG.debug("A start of Tend could not hand over its files", e);
            }
        }
    }

    private Optional<List<Path>> receive(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String hello = in.readLine();
        if (hello == null || !hello.startsWith(HELLO) || !MessageDigest.isEqual(
                hello.substring(HELLO.length()).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("Refused a connection to {} without the right token", file);
            return Optional.empty();
        }
        List<Path> files = new ArrayList<>();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (files.size() < MAX_FILES) {
                files.add(Path.of(line));
            }
        }
        Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
        out.write(OK + "\n");
        out.flush();
        LOG.info("Another start of Tend handed over {} file(s)", files.size());
        return Optional.of(List.copyOf(files));
    }

    private synchronized void deliver(List<Path> files) {
        if (handler == null) {
            pending.add(files);
        } else {
            handler.accept(files);
        }
    }

    /**
     * Receives what later starts hand over (files to import, perhaps none: "show the window"), on
     * a background thread; requests that arrived before this call are passed on at once.
     */
    public synchronized void onRequest(Consumer<List<Path>> requests) {
        handler = requests;
        pending.forEach(requests);
        pending.clear();
    }

    /** Whether this start found a file left by a Tend that had crashed, and took it over. */
    public boolean recoveredStale() {
        return recoveredStale;
    }

    /** Stops listening and gives up the database: the next start becomes its owner. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // nothing listens any more either way
        }
        try {
            // Emptied while still locked, then left: deleting it after the release could delete
            // the file of a Tend that has just started.
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            LOG.debug("Releasing {} failed", file, e);
        }
        closeQuietly(channel);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the running Tend", e);
        }
    }
}
