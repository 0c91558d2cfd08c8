package cn.jianwu.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a simulated third-party API (WireMock) was sent: its request journal
 * ({@code /__admin/requests}).
 */
final class SimulatorJournal {

	private final String simulator;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	/**
	 * @param simulator the simulator's base address, e.g. {@code http://127.0.0.1:8092}
	 */
	SimulatorJournal(String simulator) {
		this.simulator = simulator;
	}

	/** The bodies of the requests the simulator got on a path (and below it). */
	List<String> bodies(String path) {
		HttpResponse<String> journal;
		try {
			journal = this.http.send(HttpRequest.newBuilder(URI.create(this.simulator + "/__admin/requests"))
				.timeout(Duration.ofSeconds(10))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new AssertionError("the journal of " + this.simulator + " could not be read: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		assertThat(journal.statusCode()).isEqualTo(200);
		List<Map<String, Object>> requests = JsonPath.read(journal.body(), "$.requests");
		List<String> bodies = new ArrayList<>();
		for (Map<String, Object> entry : requests) {
			String url = JsonPath.read(entry, "$.request.url");
			if (url.startsWith(path)) {
				bodies.add(JsonPath.read(entry, "$.request.body"));
			}
		}
		return bodies;
	}

}
