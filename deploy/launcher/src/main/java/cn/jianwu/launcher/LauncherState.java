package cn.jianwu.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What {@code status} and {@code restart} need to know about a running launcher:
 * {@code <data>/run/launcher.properties}.
 */
final class LauncherState {

	private LauncherState() {
	}

	static void write(Layout layout, String mode, LauncherOptions options) {
		Properties properties = new Properties();
		properties.setProperty("mode", mode);
		properties.setProperty("postgres.port", Integer.toString(options.postgresPort()));
		properties.setProperty("redis.port", Integer.toString(options.redisPort()));
		properties.setProperty("case-query.replicas", Integer.toString(options.caseQueryReplicas()));
		properties.setProperty("health.timeout", Long.toString(options.healthTimeout().toSeconds()));
		try (Writer writer = Files.newBufferedWriter(file(layout), StandardCharsets.UTF_8)) {
			properties.store(writer, "written by the launcher at start; read by status and restart");
		}
		catch (IOException ex) {
			Console.say("could not write " + file(layout) + ": " + ex.getMessage());
		}
	}

	static Properties read(Layout layout) {
		Properties properties = new Properties();
		if (Files.isRegularFile(file(layout))) {
			try (Reader reader = Files.newBufferedReader(file(layout), StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
			catch (IOException ex) {
				// defaults
			}
		}
		return properties;
	}

	private static Path file(Layout layout) {
		return layout.run().resolve("launcher.properties");
	}

}
