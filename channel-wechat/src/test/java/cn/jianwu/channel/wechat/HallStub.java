package cn.jianwu.channel.wechat;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * hall-service's internal API for channel-wechat ({@code POST
 * /internal/hall/wechat-messages}, {@code GET /internal/hall/messages/{id}/wechat-reply},
 * {@code POST /internal/hall/appointments/wechat-binding}, {@code GET
 * /internal/hall/appointments/{id}/wechat-notice}), as hall-api describes it. By default
 * it is down for messages and bindings (503) and has nothing to send for any answer or
 * notice (404); tests stub their own.
 */
final class HallStub {

	static final WireMockServer SERVER = started();

	private HallStub() {
	}

	static String baseUrl() {
		return SERVER.baseUrl();
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		server.stubFor(post(urlPathEqualTo("/internal/hall/wechat-messages")).atPriority(10)
			.willReturn(aResponse().withStatus(503)));
		server.stubFor(get(urlPathMatching("/internal/hall/messages/.+/wechat-reply")).atPriority(10)
			.willReturn(aResponse().withStatus(404)));
		server.stubFor(post(urlPathEqualTo("/internal/hall/appointments/wechat-binding")).atPriority(10)
			.willReturn(aResponse().withStatus(503)));
		server.stubFor(get(urlPathMatching("/internal/hall/appointments/.+/wechat-notice")).atPriority(10)
			.willReturn(aResponse().withStatus(404)));
		return server;
	}

}
