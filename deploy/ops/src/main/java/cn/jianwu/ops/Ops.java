package cn.jianwu.ops;

import cn.jianwu.ops.deadletters.DeadLettersCommand;
import cn.jianwu.ops.reindex.ReindexCommand;
import cn.jianwu.ops.reindex.ReplayReportsCommand;
import cn.jianwu.ops.topics.TopicsCommand;

/**
 * The operator's tool for a running platform, the local run's or a real cluster's:
 * {@code dead-letters} (list, {@code replay <topic>}), {@code reindex},
 * {@code replay-reports} and {@code topics}. {@code deploy/local/run.sh} delegates those
 * commands here; elsewhere {@code java -jar deploy/ops/target/ops-<version>.jar}.
 */
public final class Ops {

	private Ops() {
	}

	public static void main(String[] args) {
		// the libraries' own logging only when something is wrong
		System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
				System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
		OpsOptions options;
		try {
			options = OpsOptions.parse(args, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(OpsOptions.USAGE);
			System.exit(2);
			return;
		}
		int code = switch (options.command()) {
			case DEAD_LETTERS -> new DeadLettersCommand(options.bootstrapServers(), options.arguments()).run();
			case REINDEX -> new ReindexCommand(options.disclosureUrl(), options.searchUrl(), options.adminUser(),
					System.getenv("JIANWU_ADMIN_PASSWORD"))
				.run();
			case REPLAY_REPORTS -> new ReplayReportsCommand(options.disclosureUrl(), options.reportUrl(),
					options.adminUser(), System.getenv("JIANWU_ADMIN_PASSWORD"))
				.run();
			case TOPICS -> {
				TopicsCommand topics = new TopicsCommand(options.bootstrapServers(), options.replicationFactor(),
						options.minInsyncReplicas());
				yield options.create() ? topics.create() : topics.list();
			}
			case HELP -> {
				System.out.print(OpsOptions.USAGE);
				yield 0;
			}
		};
		System.exit(code);
	}

}
