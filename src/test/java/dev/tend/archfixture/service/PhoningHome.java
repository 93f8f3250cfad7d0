package dev.tend.archfixture.service;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;

/** Violation: a service that talks to the network. */
public class PhoningHome {
    Socket socket;
    HttpClient client;

    InputStream fetch(URL url) throws IOException {
        return url.openStream();
    }
}
