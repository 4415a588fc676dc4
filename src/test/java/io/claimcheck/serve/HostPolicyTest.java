package io.claimcheck.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which Host and Origin headers the desk answers: its own addresses, with its port, and nothing else. */
class HostPolicyTest {

    @Test
    void loopbackAnswersItsLoopbackNamesOnItsPortOnly() throws Exception {
        HostPolicy p = HostPolicy.of(InetAddress.getByName("127.0.0.1"), 8765);
        assertThat(p.allowsHost("127.0.0.1:8765")).isTrue();
        assertThat(p.allowsHost("LOCALHOST:8765")).isTrue();
        assertThat(p.allowsHost("[::1]:8765")).isTrue();
        assertThat(p.allowsHost("127.0.0.1:8766")).isFalse();
        assertThat(p.allowsHost("127.0.0.1")).as("no port").isFalse();
        assertThat(p.allowsHost("evil.example:8765")).as("a rebound name").isFalse();
        assertThat(p.allowsHost("localhost.:8765")).isFalse();
        assertThat(p.allowsHost(null)).isFalse();
        assertThat(p.allowsHost("192.168.1.2:8765")).isFalse();
    }

    @Test
    void anotherLoopbackAddressIsAnsweredToo() throws Exception {
        assertThat(HostPolicy.of(InetAddress.getByName("127.0.0.2"), 80).allowsHost("127.0.0.2:80"))
                .isTrue();
    }

    @Test
    void theOriginMustBeThePagesOwn() throws Exception {
        HostPolicy p = HostPolicy.of(InetAddress.getByName("127.0.0.1"), 8765);
        assertThat(p.allowsOrigin("http://127.0.0.1:8765")).isTrue();
        assertThat(p.allowsOrigin("http://localhost:8765")).isTrue();
        assertThat(p.allowsOrigin("https://127.0.0.1:8765"))
                .as("another scheme is another origin")
                .isFalse();
        assertThat(p.allowsOrigin("http://127.0.0.1:8765.evil.example")).isFalse();
        assertThat(p.allowsOrigin("null")).as("a sandboxed or file:// page").isFalse();
        assertThat(p.allowsOrigin("http://evil.example")).isFalse();
    }

    @Test
    void aWildcardBindAnswersTheMachinesAddressesButNotOthers() throws Exception {
        HostPolicy p = HostPolicy.of(InetAddress.getByName("0.0.0.0"), 8765);
        assertThat(p.allowsHost("127.0.0.1:8765")).isTrue();
        assertThat(p.allowsHost("evil.example:8765")).isFalse();
        assertThat(p.allowsHost("0.0.0.0:8765")).isFalse();
    }
}
