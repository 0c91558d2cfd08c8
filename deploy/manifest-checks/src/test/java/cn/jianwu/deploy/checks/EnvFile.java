package cn.jianwu.deploy.checks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code KEY=value} file as {@code kubectl create secret --from-env-file}, kustomize's
 * {@code envs} and Docker Compose's {@code .env} read it.
 */
final class EnvFile {

	private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");

	private EnvFile() {
	}

	static Map<String, String> read(Path file) {
		Map<String, String> entries = new LinkedHashMap<>();
		int number = 0;
		for (String line : Repository.read(file).split("\n", -1)) {
			number++;
			String trimmed = line.trim();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			Matcher entry = ENTRY.matcher(trimmed);
			if (!entry.matches()) {
				throw new IllegalStateException(file + ":" + number + " is not KEY=value: " + line);
			}
			entries.put(entry.group(1), entry.group(2));
		}
		return entries;
	}

}
