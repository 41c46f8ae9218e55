package id.merit.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Small network facts the launcher and tests both need. */
public final class Net {
    private Net() {
    }

    public static boolean isListening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port free right now; the caller binds it soon after, so a race is unlikely but possible. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new InfraException("no free TCP port", e);
        }
    }

    public static void requireFree(String what, String host, int port) {
        if (isListening(host, port)) {
            throw new InfraException(what + " cannot start: port " + port + " on " + host
                    + " is already in use by another process (find it with: ss -ltnp 'sport = :" + port + "')");
        }
    }
}
