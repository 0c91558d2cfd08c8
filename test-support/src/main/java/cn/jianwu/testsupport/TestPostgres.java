package cn.jianwu.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL: {@code TEST_POSTGRES_URL} (with {@code TEST_POSTGRES_USER},
 * {@code TEST_POSTGRES_PASSWORD}) when set, a container when Docker runs, else the local
 * server on 127.0.0.1:5432. On the local server each test JVM gets a fresh database, so
 * runs never see each other's rows.
 * <p>
 * The databases of test JVMs that have ended are dropped when the next one starts, not by
 * a shutdown hook: shutdown hooks run concurrently, so a hook that dropped the database
 * pulled it from under the application contexts still closing, whose last transactions
 * (the outbox registry, the channel dispatchers) then waited for a connection until
 * Surefire killed the JVM 30 s later.
 */
public final class TestPostgres {

	private static final String HOW_TO_START = "Start the local server with "
			+ "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' "
			+ "(trust auth for user postgres on 127.0.0.1:5432), or set TEST_POSTGRES_URL.";

	private static final String PREFIX = "jianwu_it_";

	private static String url;

	private static String user;

	private static String password;

	private TestPostgres() {
	}

	public static synchronized String url() {
		start();
		return url;
	}

	public static synchronized String user() {
		start();
		return user;
	}

	public static synchronized String password() {
		start();
		return password;
	}

	private static void start() {
		if (url != null) {
			return;
		}
		String given = Env.get("TEST_POSTGRES_URL");
		if (given != null) {
			url = given;
			user = Env.get("TEST_POSTGRES_USER");
			password = Env.get("TEST_POSTGRES_PASSWORD");
			check();
			return;
		}
		if (Docker.available()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
			url = container.getJdbcUrl();
			user = container.getUsername();
			password = container.getPassword();
			return;
		}
		createFreshLocalDatabase();
	}

	private static void createFreshLocalDatabase() {
		String admin = "jdbc:postgresql://127.0.0.1:5432/postgres";
		String database = PREFIX + ProcessHandle.current().pid() + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
		try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
				Statement statement = connection.createStatement()) {
			dropDatabasesOfEndedRuns(connection);
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new ServerUnavailableException("PostgreSQL (127.0.0.1:5432)", HOW_TO_START, ex);
		}
		url = "jdbc:postgresql://127.0.0.1:5432/" + database;
		user = "postgres";
		password = "";
	}

	private static void dropDatabasesOfEndedRuns(Connection connection) throws SQLException {
		List<String> ended = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet names = statement
					.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
			while (names.next()) {
				String name = names.getString(1);
				if (!runStillAlive(name)) {
					ended.add(name);
				}
			}
		}
		for (String name : ended) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			}
			catch (SQLException ex) {
				// Another JVM starting at the same moment may be dropping it too.
				System.err.println("Could not drop old test database " + name + ": " + ex.getMessage());
			}
		}
	}

	/**
	 * Whether the JVM named in a test database ({@code jianwu_it_<pid>_<random>}) still
	 * runs.
	 */
	static boolean runStillAlive(String database) {
		String rest = database.substring(PREFIX.length());
		int end = rest.indexOf('_');
		try {
			long pid = Long.parseLong((end < 0) ? rest : rest.substring(0, end));
			return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
		}
		catch (NumberFormatException ex) {
			return true;
		}
	}

	private static void check() {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			connection.isValid(2);
		}
		catch (SQLException ex) {
			throw new ServerUnavailableException("PostgreSQL (" + url + ")", HOW_TO_START, ex);
		}
	}

}
