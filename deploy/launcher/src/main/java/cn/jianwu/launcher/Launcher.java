package cn.jianwu.launcher;

import java.time.Duration;

/**
 * Runs the whole platform locally on real infrastructure: {@code start} (default),
 * {@code infra}, {@code stop}, {@code status}, {@code restart}, {@code services}. The
 * operator's commands (dead letters, reindex) are deploy/ops. Started by
 * {@code deploy/local/run.sh}.
 */
public final class Launcher {

	private Launcher() {
	}

	public static void main(String[] args) {
		// the libraries' own logging (embedded PostgreSQL, JDBC) only when something is
		// wrong
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
				System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
		LauncherOptions options;
		try {
			options = LauncherOptions.parse(args, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(LauncherOptions.USAGE);
			System.exit(2);
			return;
		}
		Layout layout = Layout.detect(options.dataDir());
		int code = switch (options.command()) {
			case START -> new StartCommand(layout, options, true).run();
			case INFRA -> new StartCommand(layout, options, false).run();
			case STOP -> new StopCommand(layout).run();
			case STATUS -> new StatusCommand(layout).run();
			case RESTART -> new RestartCommand(layout, options.healthTimeout()).run(options.arguments().get(0));
			case SERVICES -> {
				Topology.SERVICES.forEach((service) -> System.out.println(service.name() + " " + service.port()));
				yield 0;
			}
			case HELP -> {
				System.out.print(LauncherOptions.USAGE);
				yield 0;
			}
		};
		System.exit(code);
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", ex);
		}
	}

}
