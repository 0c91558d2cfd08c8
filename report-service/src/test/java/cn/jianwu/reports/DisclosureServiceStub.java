package cn.jianwu.reports;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * disclosure-service at its HTTP boundary: the attachments a volume copies and the item
 * the annual report is submitted as. One server for every test of
 * {@link ReportIntegrationTest}, so that they share one context; each feature's tests
 * stub the paths of their own items.
 */
public final class DisclosureServiceStub {

	public static final WireMockServer SERVER = started();

	private DisclosureServiceStub() {
	}

	public static String url() {
		return "http://127.0.0.1:" + SERVER.port();
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "disclosure-stub-stop"));
		return server;
	}

}
