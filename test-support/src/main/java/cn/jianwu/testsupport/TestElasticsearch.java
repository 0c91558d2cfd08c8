package cn.jianwu.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import cn.jianwu.infra.ElasticsearchNode;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * A real Elasticsearch node: {@code TEST_ELASTICSEARCH_URL} when set, a container when
 * Docker runs, else a node on 127.0.0.1:9250 started from the same distribution the
 * launcher uses (reused when one already answers there, stopped with the JVM that started
 * it).
 */
public final class TestElasticsearch {

	static final int PORT = 9250;

	private static final String HOW_TO_START = "The tests start a node from the Maven artifact "
			+ "org.elasticsearch.distribution.integ-test-zip:elasticsearch (system property jianwu.elasticsearch.zip, "
			+ "set by the build); as root it runs as the unprivileged user 'jianwu-es' (created by .ci/run). "
			+ "Or set TEST_ELASTICSEARCH_URL.";

	private static String url;

	private TestElasticsearch() {
	}

	public static synchronized String url() {
		if (url == null) {
			url = start();
		}
		return url;
	}

	private static String start() {
		String given = Env.get("TEST_ELASTICSEARCH_URL");
		if (given != null) {
			return given;
		}
		if (Docker.available()) {
			ElasticsearchContainer container = new ElasticsearchContainer(
					"docker.elastic.co/elasticsearch/elasticsearch:8.19.2")
				.withEnv("xpack.security.enabled", "false")
				.withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
			container.start();
			return "http://" + container.getHttpHostAddress();
		}
		String local = "http://127.0.0.1:" + PORT;
		if (healthy(local)) {
			return local;
		}
		return startLocalNode();
	}

	private static String startLocalNode() {
		String zip = System.getProperty("jianwu.elasticsearch.zip");
		if (zip == null || !Files.isRegularFile(Path.of(zip))) {
			throw new ServerUnavailableException("Elasticsearch", "No distribution at '" + zip + "'. " + HOW_TO_START,
					null);
		}
		Path base = Path.of(System.getProperty("java.io.tmpdir"), "jianwu-test-elasticsearch");
		try {
			ElasticsearchNode node = ElasticsearchNode.start(new ElasticsearchNode.Settings(Path.of(zip),
					base.resolve("home"), base.resolve("data-" + ProcessHandle.current().pid()),
					base.resolve("elasticsearch.log"), PORT, PORT + 100, "512m", "jianwu-es", Duration.ofMinutes(2)));
			Runtime.getRuntime().addShutdownHook(new Thread(node::stop, "stop-test-elasticsearch"));
			return node.url();
		}
		catch (RuntimeException ex) {
			throw new ServerUnavailableException("Elasticsearch (127.0.0.1:" + PORT + ")", HOW_TO_START, ex);
		}
	}

	static boolean healthy(String base) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(base + "/_cluster/health"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
