package dev.tend.archfixture.app;

import java.net.ServerSocket;
import java.net.Socket;

/** Allowed: the single-instance hand-over listens and connects on loopback. */
public class SingleInstance {
    ServerSocket server;

    static final class Client {
        Socket socket;
    }
}
