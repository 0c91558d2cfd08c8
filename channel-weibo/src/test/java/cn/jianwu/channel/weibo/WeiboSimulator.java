package cn.jianwu.channel.weibo;

import java.nio.file.Files;
import java.nio.file.Path;

import cn.jianwu.simulators.weibo.WeiboAccount;
import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The Weibo open API for tests: WireMock with the same mappings and the same account
 * memory ({@link WeiboAccount}: the timeline, repeated texts refused, deletes) the local
 * run uses ({@code deploy/local/simulators/weibo}), so the simulator stays true to what
 * the adapter needs; tests add stubs of their own for errors.
 */
public final class WeiboSimulator {

	private static final Path MAPPINGS = Path.of("..", "deploy", "local", "simulators", "weibo");

	private static WireMockServer shared;

	private WeiboSimulator() {
	}

	/** One server per test JVM, for the Spring test context every IT shares. */
	public static synchronized WireMockServer shared() {
		if (shared == null) {
			shared = started();
		}
		return shared;
	}

	/** A server of its own, for a test that runs another instance of the service. */
	public static WireMockServer started() {
		if (!Files.isDirectory(MAPPINGS.resolve("mappings"))) {
			throw new IllegalStateException("Weibo simulator mappings not found under " + MAPPINGS.toAbsolutePath()
					+ " (tests run from the channel-weibo module directory)");
		}
		WireMockServer server = new WireMockServer(options().dynamicPort()
			.bindAddress("127.0.0.1")
			.usingFilesUnderDirectory(MAPPINGS.toString())
			.extensions(new WeiboAccount()));
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "weibo-simulator-stop"));
		return server;
	}

}
