package cn.jianwu.ops.reindex;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The staff token of an ADMIN account, from disclosure-service's login: what the rebuilds
 * of derived data (search index, report-service's read model) are started with.
 */
final class AdminLogin {

	private AdminLogin() {
	}

	/**
	 * Logs in.
	 * @param http the client
	 * @param disclosureUrl disclosure-service
	 * @param user the ADMIN account
	 * @param password its password
	 * @return the access token
	 * @throws IllegalStateException when the login fails, with what to do in words
	 */
	static String token(HttpClient http, String disclosureUrl, String user, String password)
			throws InterruptedException {
		HttpResponse<String> login;
		try {
			login = http.send(HttpRequest.newBuilder(URI.create(disclosureUrl + "/api/auth/token"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + JsonFields.escape(user)
						+ "\",\"password\":\"" + JsonFields.escape(password) + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(disclosureUrl + " does not answer (" + ex
					+ "); is the platform running? (locally: deploy/local/run.sh status)");
		}
		if (login.statusCode() != 200) {
			throw new IllegalStateException("login as '" + user + "' at " + disclosureUrl + " failed (HTTP "
					+ login.statusCode() + "). The demo admin exists only when the platform runs with --demo;"
					+ " otherwise set JIANWU_ADMIN_USER and JIANWU_ADMIN_PASSWORD to an ADMIN account.");
		}
		return JsonFields.field(login.body(), "access_token");
	}

}
