package cn.jianwu.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator or the launcher sees of a running service: its health and metrics, and
 * that errors come back as Problem Details.
 */
public final class ServiceProbe {

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String baseUrl;

	public ServiceProbe(int port) {
		this("http://127.0.0.1:" + port);
	}

	public ServiceProbe(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public HttpResponse<String> get(String path) {
		try {
			return this.client.send(
					HttpRequest.newBuilder(URI.create(this.baseUrl + path)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("GET " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The overall status of {@code /actuator/health}, e.g. UP or DOWN. */
	public String status() {
		return JsonPath.read(get("/actuator/health").body(), "$.status");
	}

	/** The status of one health component, e.g. {@code db} or {@code kafka}. */
	public String status(String component) {
		return JsonPath.read(get("/actuator/health").body(), "$.components." + component + ".status");
	}

	/**
	 * Asserts what the launcher and Kubernetes rely on: health UP with each named store
	 * UP, liveness and readiness probes UP, and Prometheus metrics exposed.
	 */
	public void assertHealthyWith(String... components) {
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(health.body(), "$.status")).as(health.body()).isEqualTo("UP");
		for (String component : components) {
			assertThat(JsonPath.<String>read(health.body(), "$.components." + component + ".status"))
				.as(component + " in " + health.body())
				.isEqualTo("UP");
		}
		assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = get("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	/** An unknown path answers a Problem Details 404, with no stack trace. */
	public void assertUnknownPathIsProblem() {
		HttpResponse<String> response = get("/no-such-page-" + System.nanoTime());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception").doesNotContain("trace");
	}

}
