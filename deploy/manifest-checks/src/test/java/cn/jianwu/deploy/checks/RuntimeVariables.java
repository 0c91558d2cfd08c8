package cn.jianwu.deploy.checks;

import java.util.Set;

/**
 * Variables a deployment may set although no Spring placeholder reads them: the Paketo
 * launcher and the JVM read them before the application starts. Kept short on purpose; a
 * Spring setting belongs in a placeholder of the service's configuration.
 */
final class RuntimeVariables {

	static final Set<String> NAMES = Set.of("BPL_JVM_THREAD_COUNT", "JAVA_TOOL_OPTIONS");

	private RuntimeVariables() {
	}

}
