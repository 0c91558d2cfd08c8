package cn.jianwu.infra;

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
 * Reads the status of an Elasticsearch cluster from {@code /_cluster/health}.
 */
public final class ElasticsearchHealth {

	private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow|red)\"");

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(1))
		.build();

	private ElasticsearchHealth() {
	}

	/**
	 * The cluster status.
	 * @param url the node's base URL, e.g. {@code http://127.0.0.1:9200}
	 * @param timeout how long the request may take
	 * @return {@code green}, {@code yellow} or {@code red}; empty when no node answers
	 */
	public static Optional<String> status(String url, Duration timeout) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).timeout(timeout).build();
		try {
			HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
			return parse(response.body());
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Optional.empty();
		}
	}

	/**
	 * Whether the cluster answers green or yellow (a single node's replicas stay
	 * unassigned, so yellow is as good as it gets for indices with replicas).
	 * @param url the node's base URL
	 * @return {@code true} when usable
	 */
	public static boolean isUsable(String url) {
		return status(url, Duration.ofSeconds(2)).filter((status) -> !"red".equals(status)).isPresent();
	}

	static Optional<String> parse(String body) {
		Matcher matcher = STATUS.matcher(body);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

}
