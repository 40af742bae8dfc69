package org.trustintranet.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback between the intranet under test and its database, which a test can cut
 * (every open connection is closed, and each new one is closed as soon as it comes, as when the
 * database server goes away) and restore. It counts the connections it turned away.
 */
final class TcpProxy {
  private final int port;
  private final String targetHost;
  private final int targetPort;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final AtomicInteger turnedAway = new AtomicInteger();
  private volatile ServerSocket server;
  private volatile boolean forwarding;

  TcpProxy(int port, String targetHost, int targetPort) {
    this.port = port;
    this.targetHost = targetHost;
    this.targetPort = targetPort;
  }

  int port() {
    return port;
  }

  /** Listens on 127.0.0.1 (only), if not yet, and forwards each new connection to the target. */
  synchronized void restore() throws IOException {
    listen();
    forwarding = true;
  }

  /** Closes every open connection, both sides, and turns new ones away until restored. */
  synchronized void cut() throws IOException {
    listen();
    forwarding = false;
    connections.forEach(TcpProxy::closeQuietly);
  }

  /** How many connections were turned away while cut. */
  int turnedAway() {
    return turnedAway.get();
  }

  private void listen() throws IOException {
    if (server != null) {
      return;
    }
    ServerSocket listening = new ServerSocket();
    listening.setReuseAddress(true);
    listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    server = listening;
    Thread acceptor = new Thread(() -> accept(listening), "proxy-accept-" + port);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        if (!forwarding) {
          closeQuietly(client);
          turnedAway.incrementAndGet();
          continue;
        }
        Socket database = new Socket(targetHost, targetPort);
        connections.add(client);
        connections.add(database);
        pump(client, database);
        pump(database, client);
      } catch (IOException e) {
        // cut, or the database refused: the client sees its connection closed
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                connections.remove(from);
                connections.remove(to);
              }
            },
            "proxy-pump-" + port);
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
