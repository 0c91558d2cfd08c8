package cn.jianwu.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard shows only meters the services register: a renamed meter would
 * otherwise leave an empty panel that nobody notices until it is needed.
 */
class DashboardTest {

	private static final Path DASHBOARD = Repository.path("deploy", "observability", "grafana", "jianwu-platform.json");

	/** Our own meters, in their Prometheus form. */
	private static final Pattern OWN_METER = Pattern.compile("\\b((?:jianwu|casequery)_[a-z_]+)");

	@Test
	void everyPanelQueriesPrometheus() {
		Object dashboard = Yaml.documents(DASHBOARD).get(0);
		List<Object> panels = Yaml.list(dashboard, "panels");
		assertThat(panels).hasSizeGreaterThanOrEqualTo(7);
		for (Object panel : panels) {
			assertThat(Yaml.list(panel, "targets")).as(Yaml.text(panel, "title"))
				.isNotEmpty()
				.allSatisfy((target) -> assertThat(Yaml.text(target, "expr")).isNotBlank());
		}
	}

	@Test
	void everyMeterOnTheDashboardIsRegisteredByTheCode() {
		Set<String> meters = new TreeSet<>();
		for (Object panel : Yaml.list(Yaml.documents(DASHBOARD).get(0), "panels")) {
			for (Object target : Yaml.list(panel, "targets")) {
				Matcher matcher = OWN_METER.matcher(Yaml.text(target, "expr"));
				while (matcher.find()) {
					meters.add(micrometerName(matcher.group(1)));
				}
			}
		}
		assertThat(meters).contains("jianwu.channel.deliveries", "jianwu.channel.delivery.latency", "casequery.queries",
				"casequery.lockouts", "jianwu.dead.letters", "jianwu.outbox.backlog");
		String code = mainSources();
		List<String> unknown = new ArrayList<>();
		for (String meter : meters) {
			if (!code.contains("\"" + meter + "\"")) {
				unknown.add(meter);
			}
		}
		assertThat(unknown).as("meters the dashboard queries but no service registers").isEmpty();
	}

	/**
	 * jianwu_channel_delivery_latency_seconds_bucket → jianwu.channel.delivery.latency
	 */
	static String micrometerName(String prometheus) {
		String name = prometheus.replaceAll("_(total|seconds_bucket|seconds_count|seconds_sum|seconds_max|seconds)$",
				"");
		return name.replace('_', '.');
	}

	private static String mainSources() {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(Repository.root())) {
			files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> file.toString().contains("/src/main/java/"))
				.forEach((file) -> all.append(Repository.read(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return all.toString();
	}

}
