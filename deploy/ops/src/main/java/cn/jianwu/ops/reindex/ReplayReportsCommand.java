package cn.jianwu.ops.reindex;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code replay-reports}: rebuilds report-service's read model from offset 0 of the
 * topics (its ADMIN endpoint {@code /api/reports/admin/replay}, docs/reports.md "Replay")
 * and follows it until it is done. Logs in at disclosure-service as an ADMIN account; the
 * password comes from the environment only.
 */
public final class ReplayReportsCommand {

	private static final String PATH = "/api/reports/admin/replay";

	private static final Duration POLL_EVERY = Duration.ofSeconds(1);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String disclosureUrl;

	private final String reportUrl;

	private final String user;

	private final String password;

	public ReplayReportsCommand(String disclosureUrl, String reportUrl, String user, String password) {
		this.disclosureUrl = disclosureUrl;
		this.reportUrl = reportUrl;
		this.user = user;
		this.password = password;
	}

	public int run() {
		if (this.password == null || this.password.isEmpty()) {
			return fail("set JIANWU_ADMIN_PASSWORD to the password of the ADMIN account '" + this.user + "'");
		}
		System.out.println("rebuilding report-service's read model at " + this.reportUrl + " from the topics (as "
				+ this.user + ") ...");
		try {
			String token = AdminLogin.token(this.http, this.disclosureUrl, this.user, this.password);
			HttpResponse<String> started = send(authorized(token).POST(HttpRequest.BodyPublishers.noBody()));
			if (started.statusCode() == 409) {
				System.out.println("a rebuild is running already; following it");
			}
			else if (started.statusCode() != 202) {
				return fail(
						"report-service refused the rebuild (HTTP " + started.statusCode() + "): " + started.body());
			}
			String last = "";
			while (true) {
				String body = send(authorized(token).GET()).body();
				String state = JsonFields.field(body, "state");
				String line = state + "  " + JsonFields.field(body, "taken") + "/" + JsonFields.field(body, "total")
						+ " records  " + JsonFields.field(body, "skipped") + " skipped";
				if (!line.equals(last)) {
					System.out.println(line);
					last = line;
				}
				if ("DONE".equals(state)) {
					System.out.println("done: " + body);
					return 0;
				}
				if ("FAILED".equals(state)) {
					return fail("the rebuild failed: " + JsonFields.field(body, "error"));
				}
				Thread.sleep(POLL_EVERY.toMillis());
			}
		}
		catch (IllegalStateException ex) {
			return fail(ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fail("interrupted");
		}
	}

	private HttpRequest.Builder authorized(String token) {
		return HttpRequest.newBuilder(URI.create(this.reportUrl + PATH))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Bearer " + token);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(this.reportUrl + " does not answer (" + ex
					+ "); is the platform running? (locally: deploy/local/run.sh status)");
		}
	}

	private static int fail(String message) {
		System.err.println("replay-reports: " + message);
		return 1;
	}

}
