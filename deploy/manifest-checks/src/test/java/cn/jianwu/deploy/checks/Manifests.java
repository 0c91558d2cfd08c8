package cn.jianwu.deploy.checks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Kubernetes objects one kustomization renders to, after kustomize has applied
 * patches, generated names and the namespace: what {@code kubectl apply -k} would send.
 */
final class Manifests {

	static final String BASE = "base";

	static final String PRODUCTION = "overlays/production";

	private final String kustomization;

	private final List<Map<String, Object>> objects;

	private Manifests(String kustomization, List<Map<String, Object>> objects) {
		this.kustomization = kustomization;
		this.objects = objects;
	}

	static Manifests render(String kustomization) {
		List<Map<String, Object>> objects = new ArrayList<>();
		for (Object document : Yaml.documents(Kubectl.kustomize(kustomization))) {
			objects.add(Yaml.map(document));
		}
		return new Manifests(kustomization, Collections.unmodifiableList(objects));
	}

	/**
	 * Both kustomizations: every check holds for the base and for what production
	 * applies.
	 */
	static List<String> kustomizations() {
		return List.of(BASE, PRODUCTION);
	}

	List<Map<String, Object>> all() {
		return this.objects;
	}

	List<Map<String, Object>> ofKind(String kind) {
		return this.objects.stream().filter((object) -> kind.equals(object.get("kind"))).collect(Collectors.toList());
	}

	Optional<Map<String, Object>> find(String kind, String name) {
		return ofKind(kind).stream().filter((object) -> name.equals(name(object))).findFirst();
	}

	static String name(Map<String, Object> object) {
		return Yaml.text(object, "metadata", "name");
	}

	/** The single container of a Deployment (the platform runs no sidecars). */
	static Map<String, Object> container(Map<String, Object> deployment) {
		List<Object> containers = Yaml.list(deployment, "spec", "template", "spec", "containers");
		if (containers.size() != 1) {
			throw new AssertionError(name(deployment) + " should have exactly one container, has " + containers.size());
		}
		return Yaml.map(containers.get(0));
	}

	@Override
	public String toString() {
		return this.kustomization;
	}

}
