package cn.jianwu.deploy.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class YamlSyntaxTest {

	@Test
	void everyYamlFileOfK8sAndComposeParsesIntoDocuments() throws IOException {
		List<Path> files = yamlFiles("k8s");
		files.addAll(yamlFiles("compose"));

		assertThat(files).as("YAML files under deploy/k8s and deploy/compose")
			.anyMatch((file) -> file.endsWith("compose.yaml"))
			.anyMatch((file) -> file.endsWith("base/kustomization.yaml"))
			.anyMatch((file) -> file.endsWith("production/kustomization.yaml"));
		for (Path file : files) {
			assertThatCode(() -> Yaml.documents(file)).as(file.toString()).doesNotThrowAnyException();
			assertThat(Yaml.documents(file)).as("documents of " + file).isNotEmpty();
		}
	}

	@Test
	void kubernetesDocumentsSayWhatTheyAre() throws IOException {
		for (Path file : yamlFiles("k8s")) {
			for (Object document : Yaml.documents(file)) {
				// JSON 6902 patches are lists of operations; everything else is an object
				// with a kind.
				if (document instanceof List) {
					assertThat((List<?>) document).as(file + " (JSON patch)")
						.allSatisfy((operation) -> assertThat(Yaml.text(operation, "op")).as(file + " op")
							.isIn("add", "remove", "replace", "test"));
				}
				else {
					assertThat(Yaml.text(document, "kind")).as("kind of a document in " + file).isNotBlank();
					assertThat(Yaml.text(document, "apiVersion")).as("apiVersion of a document in " + file)
						.isNotBlank();
				}
			}
		}
	}

	@Test
	void configMapSourcesAreKeyValueFiles() throws IOException {
		try (Stream<Path> walk = Files.walk(Repository.path("deploy", "k8s"))) {
			List<Path> envFiles = walk.filter((file) -> file.toString().endsWith(".env")).collect(Collectors.toList());
			assertThat(envFiles).isNotEmpty();
			for (Path file : envFiles) {
				assertThatCode(() -> EnvFile.read(file)).as(file.toString()).doesNotThrowAnyException();
			}
		}
	}

	private static List<Path> yamlFiles(String folder) throws IOException {
		try (Stream<Path> walk = Files.walk(Repository.path("deploy", folder))) {
			return walk.filter(Files::isRegularFile)
				.filter((file) -> file.toString().endsWith(".yaml") || file.toString().endsWith(".yml"))
				.sorted()
				.collect(Collectors.toList());
		}
	}

}
