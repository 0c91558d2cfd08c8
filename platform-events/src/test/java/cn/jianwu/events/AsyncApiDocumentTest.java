package cn.jianwu.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/asyncapi.yaml} describes the topics and event types of this module: adding
 * or changing an event, a payload field, an example or a topic without the document fails
 * the build. {@code -Ddocs.update=true} (the {@code update-docs} profile) rewrites it.
 */
class AsyncApiDocumentTest {

	static final String UPDATE_COMMAND = "./mvnw -P update-docs -pl platform-events verify";

	private static final String DOCUMENT = "docs/asyncapi.yaml";

	@Test
	void theDocumentDescribesEveryTopicAndEventType() throws IOException {
		String generated = new AsyncApiDocument().yaml();
		Path file = repositoryRoot().resolve(DOCUMENT);
		if (Boolean.getBoolean("docs.update")) {
			Files.writeString(file, generated, StandardCharsets.UTF_8);
			return;
		}
		String committed = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		if (!generated.equals(committed)) {
			throw new AssertionError(
					DOCUMENT + " does not describe the event contract (" + firstDifference(committed, generated)
							+ "); if the change is meant, rewrite it with: " + UPDATE_COMMAND);
		}
	}

	@Test
	void everyTopicAndEventTypeIsInTheDocument() {
		String generated = new AsyncApiDocument().yaml();
		assertThat(AsyncApiDocument.topics())
			.containsAll(Arrays.stream(EventType.values()).map(EventType::topic).distinct().toList());
		for (String topic : AsyncApiDocument.topics()) {
			assertThat(generated).contains("\n  " + topic + ":\n    address: " + topic + "\n");
		}
		for (EventType type : EventType.values()) {
			assertThat(generated).contains("name: " + type.ceType(), "const: " + type.ceType());
		}
		assertThat(generated).contains("address: '{topic}.{consumer}.dlt'");
	}

	private static String firstDifference(String committed, String generated) {
		List<String> was = committed.lines().toList();
		List<String> now = generated.lines().toList();
		for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
			String before = (i < was.size()) ? was.get(i).strip() : "<end>";
			String after = (i < now.size()) ? now.get(i).strip() : "<end>";
			if (!before.equals(after)) {
				return "line " + (i + 1) + ": documented " + before + ", code " + after;
			}
		}
		return "only whitespace differs";
	}

	/** The folder with mvnw above the module the test runs in. */
	private static Path repositoryRoot() {
		Path dir = Path.of("").toAbsolutePath();
		for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
			if (Files.isRegularFile(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("docs"))) {
				return candidate;
			}
		}
		throw new IllegalStateException("No repository root (a folder with mvnw and docs/) above " + dir);
	}

}
