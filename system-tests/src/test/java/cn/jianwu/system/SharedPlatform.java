package cn.jianwu.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The one platform the system tests share: started for the first test class that asks for
 * a {@link Running} platform, stopped when the whole run ends. Starting the platform
 * costs more than a minute; each class that started its own paid it again.
 */
final class SharedPlatform implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedPlatform.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Running.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Start.class, (key) -> Start.attempt(), Start.class)
			.running();
	}

	/**
	 * The one attempt to start the platform, kept with its failure: a platform that did
	 * not start for the first class would not start for the next one either, and each
	 * attempt costs minutes.
	 */
	private record Start(Running platform, RuntimeException failure) implements AutoCloseable {

		static Start attempt() {
			try {
				return new Start(Running.start(), null);
			}
			catch (RuntimeException ex) {
				return new Start(null, ex);
			}
		}

		Running running() {
			if (this.failure != null) {
				throw new IllegalStateException("The shared platform did not start (see the first class's failure): "
						+ this.failure.getMessage(), this.failure);
			}
			return this.platform;
		}

		@Override
		public void close() {
			if (this.platform != null) {
				this.platform.close();
			}
		}

	}

	/**
	 * The running platform and the trace collector its services export to.
	 *
	 * @param platform the platform as {@code deploy/local/run.sh} started it
	 * @param collector the OTLP endpoint every service sends its spans to
	 */
	record Running(LocalPlatform platform, OtlpCollector collector) implements AutoCloseable {

		private static Running start() {
			HeadlessChromium.requireInstalled();
			long started = System.nanoTime();
			OtlpCollector collector = null;
			try {
				collector = OtlpCollector.start();
				LocalPlatform platform = LocalPlatform.start(Path.of("target", "platform"), environment(collector));
				System.out.printf(Locale.ROOT, "platform up in %.0f s%n", (System.nanoTime() - started) / 1e9);
				return new Running(platform, collector);
			}
			catch (IOException | RuntimeException ex) {
				closeQuietly(collector);
				throw (ex instanceof IOException io) ? new UncheckedIOException(io) : (RuntimeException) ex;
			}
			catch (InterruptedException ex) {
				closeQuietly(collector);
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while the platform started", ex);
			}
		}

		private static Map<String, String> environment(OtlpCollector collector) {
			Map<String, String> environment = new HashMap<>(TraceAcrossServices.exportingTo(collector));
			// The simulators have no posting limits; the real ones (Weibo 30 an hour,
			// WeChat
			// 20 in 10 minutes) would queue the tests' posts behind the demo items
			// published
			// at start.
			environment.put("WEIBO_RATE_LIMIT", "100000");
			environment.put("WECHAT_RATE_LIMIT", "100000");
			// hall-service counts each client's submissions for 10 minutes in the
			// machine's
			// Redis, which outlives the run: every test writes from 127.0.0.1, and a run
			// repeated within the window would be throttled by the one before.
			environment.put("HALL_THROTTLE_SUBMISSIONS", "1000");
			// Every test logs staff in from 127.0.0.1; the gateway's login limit (six
			// tries, then one every 10 s) is for strangers guessing passwords.
			environment.put("GATEWAY_LOGIN_BURST", "1000");
			environment.put("GATEWAY_LOGIN_COST", "1");
			// The kiosk forgets what was typed after this long alone; the reader's test
			// waits for it.
			environment.put("PORTAL_KIOSK_IDLE_TIMEOUT", "4s");
			// Not the default name, so that the pages prove they read it.
			environment.put("JIANWU_INSTITUTION_NAME", PortalBrowserIT.INSTITUTION);
			return environment;
		}

		private static void closeQuietly(OtlpCollector collector) {
			if (collector != null) {
				collector.close();
			}
		}

		@Override
		public void close() {
			try {
				this.platform.close();
			}
			finally {
				this.collector.close();
			}
		}

	}

}
