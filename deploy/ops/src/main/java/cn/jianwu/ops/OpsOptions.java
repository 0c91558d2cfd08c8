package cn.jianwu.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jianwu.catalogue.Catalogue;
import cn.jianwu.catalogue.InfrastructureServer;

/**
 * The command and options of one operator tool run, from the command line and the
 * environment. Every address defaults to the local run's, so that the tool works as
 * {@code deploy/local/run.sh} runs it, and is given for a real cluster.
 *
 * @param command what to do
 * @param arguments what follows {@code dead-letters}: nothing, or
 * {@code replay <dead-letter topic>}
 * @param bootstrapServers the Kafka of {@code dead-letters} ({@code --bootstrap-servers},
 * {@code KAFKA_BOOTSTRAP})
 * @param disclosureUrl where {@code reindex} logs in ({@code --disclosure-url},
 * {@code DISCLOSURE_URL})
 * @param searchUrl the search-service {@code reindex} rebuilds ({@code --search-url},
 * {@code SEARCH_URL})
 * @param reportUrl the report-service {@code replay-reports} rebuilds
 * ({@code --report-url}, {@code REPORT_URL})
 * @param adminUser the ADMIN account {@code reindex} and {@code replay-reports} log in as
 * ({@code --user}, {@code JIANWU_ADMIN_USER}); its password comes only from the
 * environment
 * @param create whether {@code topics} creates the missing topics ({@code --create})
 * @param replicationFactor the replication of the topics {@code topics --create} creates
 * ({@code --replication-factor}, {@code TOPIC_REPLICATION_FACTOR}, else 1)
 * @param minInsyncReplicas their {@code min.insync.replicas}
 * ({@code --min-insync-replicas}, {@code TOPIC_MIN_INSYNC_REPLICAS}, else 1)
 */
record OpsOptions(Command command, List<String> arguments, String bootstrapServers, String disclosureUrl,
		String searchUrl, String reportUrl, String adminUser, boolean create, int replicationFactor,
		int minInsyncReplicas) {

	static final String USAGE = """
			usage: ops dead-letters [replay <dead-letter topic>] [--bootstrap-servers <hosts>]
			       ops reindex [--disclosure-url <url>] [--search-url <url>] [--user <ADMIN account>]
			       ops replay-reports [--disclosure-url <url>] [--report-url <url>] [--user <ADMIN account>]
			       ops topics [--create [--replication-factor <n>] [--min-insync-replicas <n>]] [--bootstrap-servers <hosts>]

			  dead-letters
			           list every dead-letter topic (*.dlt): records, not yet replayed, the oldest and
			           newest record's time, event type and error; never the payloads
			  dead-letters replay <topic>
			           put the records of one dead-letter topic that were not replayed yet back on their
			           original topic, for the failed consumer only, exactly once
			  reindex  rebuild the search index from disclosure-service (search-service's ADMIN
			           endpoint) and follow its progress
			  replay-reports
			           rebuild report-service's read model from offset 0 of the topics (its ADMIN
			           endpoint; docs/reports.md "Replay") and follow its progress
			  topics   the topics the platform needs (platform-catalogue): partitions, who writes and reads
			           each; --create creates those the cluster lacks (replication factor and
			           min.insync.replicas: $TOPIC_REPLICATION_FACTOR, $TOPIC_MIN_INSYNC_REPLICAS, else 1;
			           production: 3 and 2)

			options (defaults: the environment variable, else the local run's address):
			  --bootstrap-servers <hosts>  Kafka ($KAFKA_BOOTSTRAP, else 127.0.0.1:9092)
			  --disclosure-url <url>       disclosure-service ($DISCLOSURE_URL, else http://127.0.0.1:8081)
			  --search-url <url>           search-service ($SEARCH_URL, else http://127.0.0.1:8083)
			  --report-url <url>           report-service ($REPORT_URL, else http://127.0.0.1:8089)
			  --user <name>                the ADMIN account of reindex and replay-reports
			                               ($JIANWU_ADMIN_USER, else admin);
			                               its password only from $JIANWU_ADMIN_PASSWORD
			""";

	/**
	 * Reads the options.
	 * @param args the command line
	 * @param environment the environment variables
	 * @return the options
	 * @throws IllegalArgumentException for an unknown command or option, or a missing
	 * value
	 */
	static OpsOptions parse(String[] args, Map<String, String> environment) {
		if (args.length == 0) {
			throw new IllegalArgumentException("which command? dead-letters, reindex, replay-reports or topics");
		}
		Command command = Command.of(args[0]);
		List<String> arguments = new ArrayList<>();
		String bootstrapServers = orDefault(environment, "KAFKA_BOOTSTRAP",
				"127.0.0.1:" + InfrastructureServer.KAFKA.port());
		String disclosureUrl = orDefault(environment, "DISCLOSURE_URL", local("disclosure-service"));
		String searchUrl = orDefault(environment, "SEARCH_URL", local("search-service"));
		String reportUrl = orDefault(environment, "REPORT_URL", local("report-service"));
		String adminUser = orDefault(environment, "JIANWU_ADMIN_USER", "admin");
		boolean create = false;
		int replicationFactor = count(orDefault(environment, "TOPIC_REPLICATION_FACTOR", "1"),
				"TOPIC_REPLICATION_FACTOR");
		int minInsyncReplicas = count(orDefault(environment, "TOPIC_MIN_INSYNC_REPLICAS", "1"),
				"TOPIC_MIN_INSYNC_REPLICAS");
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--bootstrap-servers" -> bootstrapServers = value(args, ++i, arg);
				case "--disclosure-url" -> disclosureUrl = value(args, ++i, arg);
				case "--search-url" -> searchUrl = value(args, ++i, arg);
				case "--report-url" -> reportUrl = value(args, ++i, arg);
				case "--user" -> adminUser = value(args, ++i, arg);
				case "--create" -> create = true;
				case "--replication-factor" -> replicationFactor = count(value(args, ++i, arg), arg);
				case "--min-insync-replicas" -> minInsyncReplicas = count(value(args, ++i, arg), arg);
				case "--help", "-h" -> command = Command.HELP;
				default -> {
					if (arg.startsWith("-") || command != Command.DEAD_LETTERS) {
						throw new IllegalArgumentException("unknown option: " + arg);
					}
					arguments.add(arg);
				}
			}
		}
		if (command == Command.DEAD_LETTERS && !arguments.isEmpty()
				&& !(arguments.size() == 2 && "replay".equals(arguments.get(0)))) {
			throw new IllegalArgumentException("dead-letters takes nothing, or: replay <dead-letter topic>");
		}
		if (create && command != Command.TOPICS) {
			throw new IllegalArgumentException("--create is an option of topics");
		}
		return new OpsOptions(command, List.copyOf(arguments), bootstrapServers, disclosureUrl, searchUrl, reportUrl,
				adminUser, create, replicationFactor, minInsyncReplicas);
	}

	private static String local(String service) {
		return "http://127.0.0.1:" + Catalogue.service(service).orElseThrow().port();
	}

	private static String orDefault(Map<String, String> environment, String name, String fallback) {
		String value = environment.get(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private static int count(String value, String name) {
		try {
			int count = Integer.parseInt(value.trim());
			if (count >= 1) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// said below
		}
		throw new IllegalArgumentException(name + ": not a count of at least 1: " + value);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	enum Command {

		DEAD_LETTERS, REINDEX, REPLAY_REPORTS, TOPICS, HELP;

		static Command of(String name) {
			return switch (name) {
				case "dead-letters" -> DEAD_LETTERS;
				case "reindex" -> REINDEX;
				case "replay-reports" -> REPLAY_REPORTS;
				case "topics" -> TOPICS;
				case "help", "--help", "-h" -> HELP;
				default -> throw new IllegalArgumentException("unknown command: " + name);
			};
		}

	}

}
