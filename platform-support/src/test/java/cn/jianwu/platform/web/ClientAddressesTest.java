package cn.jianwu.platform.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

	private final ClientAddresses clients = new ClientAddresses("10[.]0[.]0[.]1|10[.]0[.]0[.]2", "10[.]0[.]0[.]9");

	@Test
	void behindTrustedProxiesTheClientIsTheRightMostUntrustedAddress() {
		MockHttpServletRequest request = from("10.0.0.1");
		request.addHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.7, 10.0.0.2");

		assertThat(this.clients.clientKey(request)).isEqualTo("203.0.113.7");
	}

	@Test
	void theHeaderOfACallerWhoBypassesTheProxiesIsIgnored() {
		MockHttpServletRequest request = from("192.0.2.50");
		request.addHeader("X-Forwarded-For", "203.0.113.7");

		assertThat(this.clients.clientKey(request)).isEqualTo("192.0.2.50");
	}

	@Test
	void aChannelAdapterCallingDirectlyNamesItsUser() {
		MockHttpServletRequest adapter = from("10.0.0.9");
		adapter.addHeader(ClientAddresses.CHANNEL_USER, "oWx123");
		MockHttpServletRequest stranger = from("192.0.2.50");
		stranger.addHeader(ClientAddresses.CHANNEL_USER, "oWx123");

		assertThat(this.clients.clientKey(adapter)).isEqualTo("user:oWx123");
		assertThat(this.clients.isChannelCaller(adapter)).isTrue();
		assertThat(this.clients.clientKey(stranger)).isEqualTo("192.0.2.50");
		assertThat(this.clients.isChannelCaller(stranger)).isFalse();
	}

	private static MockHttpServletRequest from(String peer) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
		request.setRemoteAddr(peer);
		return request;
	}

}
