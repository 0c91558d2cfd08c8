package cn.jianwu.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure the role and the database {@code jianwu} exist, connected as the
 * {@code postgres} superuser (trust authentication on 127.0.0.1, as on the project's
 * machines and in the embedded server).
 */
final class DatabaseSetup {

	static final String NAME = "jianwu";

	private DatabaseSetup() {
	}

	/**
	 * Creates what is missing.
	 * @param port the PostgreSQL port on 127.0.0.1
	 * @return the database for the services
	 * @throws IllegalStateException when that is not possible, with what to do instead
	 */
	static LauncherOptions.Database ensure(int port) {
		String adminUrl = "jdbc:postgresql://" + Topology.HOST + ":" + port + "/postgres";
		try (Connection connection = DriverManager.getConnection(adminUrl, "postgres", "")) {
			if (!exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("CREATE ROLE " + NAME + " LOGIN");
				}
			}
			if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("CREATE DATABASE " + NAME + " OWNER " + NAME);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the PostgreSQL role and database '" + NAME + "' at "
					+ adminUrl + " as user 'postgres': " + ex.getMessage()
					+ "\nCreate them yourself, or point the services at a database you have: set DB_URL, DB_USER "
					+ "and DB_PASSWORD (e.g. DB_URL=jdbc:postgresql://127.0.0.1:5432/mydb)", ex);
		}
		return new LauncherOptions.Database("jdbc:postgresql://" + Topology.HOST + ":" + port + "/" + NAME, NAME, "",
				true);
	}

	private static boolean exists(Connection connection, String query) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(query)) {
			statement.setString(1, NAME);
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

}
