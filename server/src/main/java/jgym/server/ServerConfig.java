package jgym.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code gym serve} listens.
 *
 * @param host           address to bind; loopback unless told otherwise
 * @param port           TCP port, 0 for any free one
 * @param token          bearer token every request must carry, or null; required when {@code host} is not loopback
 * @param maxSessions    most WebSocket sessions at once (OpenEnv's {@code max_concurrent_envs}); more get
 *                       {@code CAPACITY_REACHED}
 * @param sessionTimeout a session idle this long is closed (OpenEnv's {@code session_timeout})
 * @param maxBodyBytes   largest request body or WebSocket message accepted
 * @param stepTimeout    longest one reset or step may take before the request is answered with an error
 */
public record ServerConfig(String host, int port, String token, int maxSessions, Duration sessionTimeout, long maxBodyBytes,
        Duration stepTimeout) {
    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(sessionTimeout, "sessionTimeout");
        Objects.requireNonNull(stepTimeout, "stepTimeout");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be in [0, 65535], got " + port);
        if (maxSessions < 1) throw new IllegalArgumentException("maxSessions must be >= 1, got " + maxSessions);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be >= 1024, got " + maxBodyBytes);
        if (sessionTimeout.isNegative() || sessionTimeout.isZero()) throw new IllegalArgumentException("sessionTimeout must be > 0");
        if (stepTimeout.isNegative() || stepTimeout.isZero()) throw new IllegalArgumentException("stepTimeout must be > 0");
        if (token != null && token.isBlank()) throw new IllegalArgumentException("token must not be blank");
        if (token == null && !loopback(host)) {
            throw new IllegalArgumentException("host " + host + " is not a loopback address: give a bearer token "
                    + "(--token or JGYM_TOKEN) so that only your clients can use the server");
        }
    }

    /** Loopback, port 8000 (OpenEnv's), no token, 64 sessions, 10 min idle, 1 MiB bodies, 60 s per step. */
    public static ServerConfig defaults() {
        return new ServerConfig("127.0.0.1", 8000, null, 64, Duration.ofMinutes(10), 1 << 20, Duration.ofSeconds(60));
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(h, port, token, maxSessions, sessionTimeout, maxBodyBytes, stepTimeout);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, token, maxSessions, sessionTimeout, maxBodyBytes, stepTimeout);
    }

    public ServerConfig withToken(String t) {
        return new ServerConfig(host, port, t, maxSessions, sessionTimeout, maxBodyBytes, stepTimeout);
    }

    public ServerConfig withMaxSessions(int n) {
        return new ServerConfig(host, port, token, n, sessionTimeout, maxBodyBytes, stepTimeout);
    }

    public ServerConfig withSessionTimeout(Duration d) {
        return new ServerConfig(host, port, token, maxSessions, d, maxBodyBytes, stepTimeout);
    }

    /**
     * Whether a request with this {@code Authorization} header may be served: always without a token, else only for
     * {@code Bearer <token>} (compared in constant time).
     */
    public boolean authorises(String authorizationHeader) {
        if (token == null) return true;
        byte[] expected = ("Bearer " + token).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return authorizationHeader != null
                && java.security.MessageDigest.isEqual(authorizationHeader.getBytes(java.nio.charset.StandardCharsets.UTF_8), expected);
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
