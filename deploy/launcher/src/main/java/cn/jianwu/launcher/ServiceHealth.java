package cn.jianwu.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Spring Boot service's {@code /actuator/health}.
 */
final class ServiceHealth {

	static final String UP = "UP";

	static final String NO_ANSWER = "-";

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	private ServiceHealth() {
	}

	/**
	 * The overall status.
	 * @param url the health URL
	 * @return {@code UP}, {@code DOWN}, ... ; {@code -} when nothing answers;
	 * {@code HTTP <code>} for an answer without a status
	 */
	static String status(String url) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return parse(response.body()).orElse("HTTP " + response.statusCode());
		}
		catch (IOException ex) {
			return NO_ANSWER;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return NO_ANSWER;
		}
	}

	/**
	 * The top-level status of a health answer (nested components have their own, and with
	 * probes enabled {@code groups} comes first).
	 * @param body the JSON answer
	 * @return the status, if there is one at the top level
	 */
	static Optional<String> parse(String body) {
		int depth = 0;
		boolean inString = false;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (inString) {
				if (c == '\\') {
					i++;
				}
				else if (c == '"') {
					inString = false;
				}
			}
			else if (c == '"') {
				if (depth == 1) {
					Matcher matcher = STATUS.matcher(body).region(i, body.length());
					if (matcher.lookingAt()) {
						return Optional.of(matcher.group(1));
					}
				}
				inString = true;
			}
			else if (c == '{' || c == '[') {
				depth++;
			}
			else if (c == '}' || c == ']') {
				depth--;
			}
		}
		return Optional.empty();
	}

}
