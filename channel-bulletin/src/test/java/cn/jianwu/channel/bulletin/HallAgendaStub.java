package cn.jianwu.channel.bulletin;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * hall-service's public agenda ({@code GET /api/public/agenda?date=}), another process's
 * HTTP boundary. By default every day's agenda is empty; tests stub their own.
 */
public final class HallAgendaStub {

	public static final WireMockServer SERVER = started();

	private HallAgendaStub() {
	}

	static String baseUrl() {
		return SERVER.baseUrl();
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		server.stubFor(get(urlPathEqualTo("/api/public/agenda")).atPriority(10)
			.willReturn(okJson("{\"date\":\"2000-01-01\",\"lines\":[],\"nextOpenDay\":null}")));
		return server;
	}

}
