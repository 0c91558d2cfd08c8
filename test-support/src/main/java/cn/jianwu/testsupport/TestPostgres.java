package cn.jianwu.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL: {@code TEST_POSTGRES_URL} (with {@code TEST_POSTGRES_USER},
 * {@code TEST_POSTGRES_PASSWORD}) when set, a container when Docker runs, else the local
 * server on 127.0.0.1:5432. On the local server each test JVM gets a fresh database,
 * dropped when the JVM ends, so runs never see each other's rows.
 */
public final class TestPostgres {

	private static final String HOW_TO_START = "Start the local server with "
			+ "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start' "
			+ "(trust auth for user postgres on 127.0.0.1:5432), or set TEST_POSTGRES_URL.";

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
		String database = "jianwu_it_" + ProcessHandle.current().pid() + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
		try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new ServerUnavailableException("PostgreSQL (127.0.0.1:5432)", HOW_TO_START, ex);
		}
		url = "jdbc:postgresql://127.0.0.1:5432/" + database;
		user = "postgres";
		password = "";
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(admin, database), "drop-test-database"));
	}

	private static void drop(String admin, String database) {
		try (Connection connection = DriverManager.getConnection(admin, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
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
