package cn.jianwu.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command and options of one launcher run, from the command line and the environment.
 *
 * @param command what to do
 * @param dataDir the data folder given with {@code --data} or {@code JIANWU_DATA}; null
 * for the default
 * @param postgresPort where PostgreSQL is reused or started ({@code JIANWU_PG_PORT})
 * @param redisPort where Redis is reused or started ({@code JIANWU_REDIS_PORT})
 * @param healthTimeout how long the services may take to become UP
 * @param serviceJavaOptions the JVM options of every service ({@code JAVA_OPTS})
 * @param database where the services' database is, when given by {@code DB_URL}
 * @param classDataSharing whether the services use AppCDS archives ({@code JIANWU_CDS},
 * {@code --no-cds})
 * @param demo whether the services load the demo staff and items ({@code --demo})
 * @param arguments what follows the command: {@code restart} takes the name of the part
 * to restart
 * @param caseQueryReplicas how many case-query-service instances run behind the gateway
 * ({@code --case-query-replicas}, 1 to {@value Topology#MAX_CASE_QUERY_REPLICAS})
 */
record LauncherOptions(Command command, Path dataDir, int postgresPort, int redisPort, Duration healthTimeout,
		List<String> serviceJavaOptions, Database database, boolean classDataSharing, boolean demo,
		List<String> arguments, int caseQueryReplicas) {

	static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS = List.of("-Xms32m", "-Xmx160m", "-Xss512k",
			"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m", "-XX:MaxMetaspaceSize=160m",
			"-Dfile.encoding=UTF-8");

	static final String USAGE = """
			usage: deploy/local/run.sh [start|infra|stop|status|services] [options]
			       deploy/local/run.sh restart <name> [--data <dir>]
			       deploy/local/run.sh dead-letters [replay <dead-letter topic>] [--bootstrap-servers <hosts>]
			       deploy/local/run.sh reindex

			  start    build what is missing, run the infrastructure and every service (default);
			           stays in the foreground until Ctrl-C
			  infra    run only Kafka, Elasticsearch, PostgreSQL and Redis (foreground)
			  stop     stop a running launcher and everything it started
			  status   show what runs and whether it is healthy
			  services list the platform's services with their ports (platform-catalogue)
			  restart <name>
			           ask the running launcher to stop one part it started (a service such as
			           channel-weibo, a simulator, kafka, elasticsearch, or an embedded postgres or redis)
			           if it still runs, start it again as at start-up and wait until it is healthy
			  dead-letters [replay <topic>], reindex
			           the operator tool's commands (deploy/ops, also for a real cluster): list or replay
			           the dead-letter topics, rebuild the search index; see deploy/local/run.sh dead-letters --help

			options:
			  --data <dir>          data folder (default: $JIANWU_DATA, else deploy/local/data)
			  --pg-port <port>      PostgreSQL port to reuse or start (default: $JIANWU_PG_PORT, else 5432)
			  --redis-port <port>   Redis port to reuse or start (default: $JIANWU_REDIS_PORT, else 6379)
			  --timeout <seconds>   how long services may take to become UP (default 180)
			  --no-cds              no class data sharing archives for the services (or JIANWU_CDS=off)
			  --demo                load the demo staff accounts (password demo-<username>) and demo items;
			                        never use this on a production database
			  --case-query-replicas <n>
			                        run n case-query-service instances (1 to 3; the second on 8182, the third
			                        on 8282); the gateway balances the public case query over those that are ready
			run.sh only: --rebuild (build again first), --detach (run in the background, wait until ready)

			environment: JAVA_OPTS (JVM options of every service), DB_URL/DB_USER/DB_PASSWORD (use that
			database instead of creating role and database 'jianwu')
			""";

	/**
	 * Reads the options.
	 * @param args the command line
	 * @param environment the environment variables
	 * @return the options
	 * @throws IllegalArgumentException for an unknown command or option, or a bad value
	 */
	static LauncherOptions parse(String[] args, Map<String, String> environment) {
		Command command = Command.START;
		String data = environment.get("JIANWU_DATA");
		int postgresPort = port(environment.getOrDefault("JIANWU_PG_PORT", "" + Topology.DEFAULT_POSTGRES_PORT),
				"JIANWU_PG_PORT");
		int redisPort = port(environment.getOrDefault("JIANWU_REDIS_PORT", "" + Topology.DEFAULT_REDIS_PORT),
				"JIANWU_REDIS_PORT");
		Duration healthTimeout = Duration.ofSeconds(180);
		boolean commandSeen = false;
		boolean demo = false;
		int caseQueryReplicas = 1;
		List<String> arguments = new ArrayList<>();
		boolean classDataSharing = !List.of("off", "false", "0", "no")
			.contains(environment.getOrDefault("JIANWU_CDS", "on").trim().toLowerCase(Locale.ROOT));
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--data" -> data = value(args, ++i, arg);
				case "--pg-port" -> postgresPort = port(value(args, ++i, arg), arg);
				case "--redis-port" -> redisPort = port(value(args, ++i, arg), arg);
				case "--timeout" -> healthTimeout = Duration.ofSeconds(number(value(args, ++i, arg), arg));
				case "--no-cds" -> classDataSharing = false;
				case "--demo" -> demo = true;
				case "--case-query-replicas" -> caseQueryReplicas = replicas(value(args, ++i, arg));
				case "--help", "-h" -> command = Command.HELP;
				default -> {
					if (commandSeen && command == Command.RESTART && !arg.startsWith("-")) {
						arguments.add(arg);
					}
					else if (arg.startsWith("-") || commandSeen) {
						throw new IllegalArgumentException("unknown option: " + arg);
					}
					else {
						command = Command.of(arg);
						commandSeen = true;
					}
				}
			}
		}
		if (command == Command.RESTART && arguments.size() != 1) {
			throw new IllegalArgumentException("restart takes the name of one part, e.g.: restart channel-weibo");
		}
		String javaOpts = environment.get("JAVA_OPTS");
		List<String> javaOptions = (javaOpts == null || javaOpts.isBlank()) ? DEFAULT_SERVICE_JAVA_OPTIONS
				: Arrays.asList(javaOpts.trim().split("\\s+"));
		Database database = null;
		String dbUrl = environment.get("DB_URL");
		if (dbUrl != null && !dbUrl.isBlank()) {
			database = new Database(dbUrl, environment.getOrDefault("DB_USER", ""),
					environment.getOrDefault("DB_PASSWORD", ""), false);
		}
		return new LauncherOptions(command, (data == null || data.isBlank()) ? null : Path.of(data), postgresPort,
				redisPort, healthTimeout, javaOptions, database, classDataSharing, demo, List.copyOf(arguments),
				caseQueryReplicas);
	}

	private static int replicas(String value) {
		int replicas = number(value, "--case-query-replicas");
		if (replicas < 1 || replicas > Topology.MAX_CASE_QUERY_REPLICAS) {
			throw new IllegalArgumentException(
					"--case-query-replicas must be 1 to " + Topology.MAX_CASE_QUERY_REPLICAS + ": " + value);
		}
		return replicas;
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length) {
			throw new IllegalArgumentException(option + " needs a value");
		}
		return args[index];
	}

	private static int port(String value, String name) {
		int port = number(value, name);
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException(name + ": not a port: " + value);
		}
		return port;
	}

	private static int number(String value, String name) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + ": not a number: " + value);
		}
	}

	enum Command {

		START, INFRA, STOP, STATUS, RESTART, SERVICES, HELP;

		static Command of(String name) {
			return switch (name) {
				case "start" -> START;
				case "infra" -> INFRA;
				case "stop" -> STOP;
				case "status" -> STATUS;
				case "restart" -> RESTART;
				case "services" -> SERVICES;
				case "help" -> HELP;
				default -> throw new IllegalArgumentException("unknown command: " + name);
			};
		}

	}

	/**
	 * The database the services use.
	 *
	 * @param url the JDBC URL
	 * @param user the user
	 * @param password the password (may be empty)
	 * @param prepared whether the launcher created role and database
	 */
	record Database(String url, String user, String password, boolean prepared) {

	}

}
