package io.claimcheck.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code Host} and {@code Origin} headers the desk answers. A page on another site cannot make a browser
 * send this server's token, and DNS rebinding (a hostile name resolved to 127.0.0.1) still sends that name as the
 * Host, so only the names and addresses this server is actually reached by are accepted: the loopback names, and
 * when {@code --bind} opens it wider, the bound address (every local address for a wildcard) and this machine's
 * name.
 */
final class HostPolicy {

    private final Set<String> hosts;

    private HostPolicy(Set<String> hosts) {
        this.hosts = Collections.unmodifiableSet(hosts);
    }

    static HostPolicy of(InetAddress bind, int port) {
        Set<String> hosts = new TreeSet<>();
        for (String name : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
            hosts.add(name + ":" + port);
        }
        if (!bind.isAnyLocalAddress()) {
            hosts.add(literal(bind) + ":" + port); // e.g. 127.0.0.2, which the page is then loaded from
        }
        if (!bind.isLoopbackAddress()) {
            if (bind.isAnyLocalAddress()) {
                try {
                    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                        for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                            hosts.add(literal(a) + ":" + port);
                        }
                    }
                } catch (SocketException e) {
                    // no interface list: the loopback names and the machine's name below still work
                }
            }
            try {
                InetAddress self = InetAddress.getLocalHost();
                hosts.add(self.getHostName().toLowerCase(Locale.ROOT) + ":" + port);
                hosts.add(self.getCanonicalHostName().toLowerCase(Locale.ROOT) + ":" + port);
            } catch (java.net.UnknownHostException e) {
                // no name for this machine: its addresses still work
            }
        }
        return new HostPolicy(hosts);
    }

    private static String literal(InetAddress a) {
        String s = a.getHostAddress();
        int zone = s.indexOf('%');
        if (zone >= 0) {
            s = s.substring(0, zone);
        }
        return a instanceof Inet6Address ? "[" + s + "]" : s;
    }

    /** True when {@code host} (a Host header, with its port) names this server. */
    boolean allowsHost(String host) {
        return host != null && hosts.contains(host.strip().toLowerCase(Locale.ROOT));
    }

    /** True when {@code origin} (an Origin header) is this server's own page. */
    boolean allowsOrigin(String origin) {
        String o = origin == null ? "" : origin.strip().toLowerCase(Locale.ROOT);
        return o.startsWith("http://") && hosts.contains(o.substring("http://".length()));
    }
}
