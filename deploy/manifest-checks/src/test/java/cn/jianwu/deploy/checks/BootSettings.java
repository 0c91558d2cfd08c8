package cn.jianwu.deploy.checks;

import java.util.Set;

/**
 * Spring Boot settings a deployment sets by their own relaxed-binding name instead of a
 * placeholder of ours: each must be absent, not empty, where unused, which a placeholder
 * with an empty default cannot express (an empty OTLP endpoint still creates the
 * exporter, and the service fails to start). The system test {@code TraceAcrossServices}
 * (system-tests) sets the same name, so a renamed property fails there.
 */
final class BootSettings {

	static final Set<String> NAMES = Set.of("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT");

	private BootSettings() {
	}

}
