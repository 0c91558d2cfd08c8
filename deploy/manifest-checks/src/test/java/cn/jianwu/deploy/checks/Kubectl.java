package cn.jianwu.deploy.checks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize}, the same code path
 * {@code kubectl apply -k} takes. A missing kubectl fails the check: without it nothing
 * says whether the manifests build.
 */
final class Kubectl {

	static final String INSTALL_HINT = "kubectl (v1.32 or newer, with its built-in kustomize) is needed by "
			+ "deploy/manifest-checks and was not found on the PATH or at /usr/bin/kubectl. Install it, e.g. "
			+ "https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/ or `apt-get install -y kubectl` from "
			+ "the Kubernetes apt repository, or set KUBECTL to its path.";

	private static final long TIMEOUT_SECONDS = 60;

	private static final Map<String, String> RENDERED = new ConcurrentHashMap<>();

	private Kubectl() {
	}

	/**
	 * @param kustomization a folder below deploy/k8s, e.g. {@code overlays/production}
	 * @return the rendered multi-document YAML
	 */
	static String kustomize(String kustomization) {
		return RENDERED.computeIfAbsent(kustomization, Kubectl::render);
	}

	static Path executable() {
		String configured = System.getenv("KUBECTL");
		if (configured != null && !configured.isBlank() && Files.isExecutable(Paths.get(configured))) {
			return Paths.get(configured);
		}
		String path = System.getenv("PATH");
		if (path != null) {
			for (String folder : path.split(File.pathSeparator)) {
				Path candidate = Paths.get(folder, "kubectl");
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		Path usual = Paths.get("/usr/bin/kubectl");
		if (Files.isExecutable(usual)) {
			return usual;
		}
		throw new AssertionError(INSTALL_HINT);
	}

	private static String render(String kustomization) {
		Path folder = Repository.path("deploy", "k8s").resolve(kustomization);
		List<String> command = List.of(executable().toString(), "kustomize", folder.toString());
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
			// Read both streams while kubectl runs, so that a full pipe cannot stall it.
			CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
			CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", command) + " took longer than " + TIMEOUT_SECONDS + " s");
			}
			if (process.exitValue() != 0) {
				throw new AssertionError(
						String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + err.join());
			}
			return out.join();
		}
		catch (IOException ex) {
			throw new AssertionError(INSTALL_HINT + " (" + ex.getMessage() + ")", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while running " + command, ex);
		}
	}

	private static String drain(InputStream stream) {
		try (InputStream in = stream) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
