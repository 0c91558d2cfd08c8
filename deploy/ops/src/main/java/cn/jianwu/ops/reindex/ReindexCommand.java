package cn.jianwu.ops.reindex;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code reindex}: rebuilds the search index of a running platform (search-service's
 * ADMIN endpoint {@code /api/search/admin/rebuild}) and follows its progress until it is
 * done. Logs in at disclosure-service as an ADMIN account; the password comes from the
 * environment, since a command line is visible to every user of the machine.
 */
public final class ReindexCommand {

	private static final Duration POLL_EVERY = Duration.ofSeconds(1);

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

	private final String disclosureUrl;

	private final String searchUrl;

	private final String user;

	private final String password;

	public ReindexCommand(String disclosureUrl, String searchUrl, String user, String password) {
		this.disclosureUrl = disclosureUrl;
		this.searchUrl = searchUrl;
		this.user = user;
		this.password = password;
	}

	public int run() {
		if (this.password == null || this.password.isEmpty()) {
			return fail("set JIANWU_ADMIN_PASSWORD to the password of the ADMIN account '" + this.user + "'");
		}
		System.out.println("rebuilding the search index at " + this.searchUrl + " from " + this.disclosureUrl + " (as "
				+ this.user + ") ...");
		try {
			return rebuild(logIn());
		}
		catch (Failure ex) {
			return fail(ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return fail("interrupted");
		}
	}

	private String logIn() throws InterruptedException {
		try {
			return AdminLogin.token(this.http, this.disclosureUrl, this.user, this.password);
		}
		catch (IllegalStateException ex) {
			throw new Failure(ex.getMessage());
		}
	}

	private int rebuild(String token) throws InterruptedException {
		String rebuild = this.searchUrl + "/api/search/admin/rebuild";
		HttpResponse<String> started = send(authorized(rebuild, token).POST(HttpRequest.BodyPublishers.noBody()),
				this.searchUrl);
		if (started.statusCode() == 409) {
			System.out.println("a rebuild is running already; following it");
		}
		else if (started.statusCode() != 202) {
			throw new Failure(
					"search-service refused the rebuild (HTTP " + started.statusCode() + "): " + started.body());
		}
		String last = "";
		while (true) {
			String body = send(authorized(rebuild, token).GET(), this.searchUrl).body();
			String state = JsonFields.field(body, "state");
			String line = state + "  " + or(JsonFields.field(body, "phase"), "") + "  " + JsonFields.field(body, "done")
					+ "/" + or(JsonFields.field(body, "total"), "?") + " items  " + JsonFields.field(body, "rate")
					+ " items/s";
			if (!line.equals(last)) {
				System.out.println(line);
				last = line;
			}
			if ("DONE".equals(state)) {
				System.out.println("done: " + JsonFields.field(body, "index") + " serves "
						+ JsonFields.field(body, "indexed") + " items; "
						+ or(JsonFields.field(body, "previousIndex"), "there was no previous index") + " deleted");
				return 0;
			}
			if ("FAILED".equals(state)) {
				throw new Failure("the rebuild failed: " + JsonFields.field(body, "error"));
			}
			Thread.sleep(POLL_EVERY.toMillis());
		}
	}

	private HttpRequest.Builder authorized(String url, String token) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(CALL_TIMEOUT).header("Authorization", "Bearer " + token);
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String service) throws InterruptedException {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new Failure(service + " does not answer (" + ex + "); is the platform running? (locally:"
					+ " deploy/local/run.sh status)");
		}
	}

	private static String or(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	private static int fail(String message) {
		System.err.println("reindex: " + message);
		return 1;
	}

	/** Ends the run with what went wrong. */
	private static final class Failure extends RuntimeException {

		Failure(String message) {
			super(message);
		}

	}

}
