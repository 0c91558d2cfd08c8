package cn.jianwu.testsupport.architecture;

import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The platform's architecture as rules every service's {@code ArchitectureTest} checks on
 * its production classes.
 * <p>
 * A service is packaged by feature: {@code <service>.<feature>} (for instance
 * {@code cn.jianwu.disclosure.workflow}). What a feature offers the others is its
 * top-level package's public types; its package-private types and its sub-packages
 * ({@code <service>.<feature>.<part>}) are internal to it. The service's contract,
 * {@code <service>.api}, is no feature: everyone may read all of it. So:
 * <ul>
 * <li>features do not depend on each other in a cycle;</li>
 * <li>a feature's sub-packages are used by that feature only;</li>
 * <li>a controller reads and writes through its own feature's repositories, and reaches
 * another feature's data through that feature's services;</li>
 * <li>of the platform's own packages a service uses only its own, the Spring-free
 * contracts ({@code platform-events}, {@code redaction}, the {@code <service>-api}
 * modules) and the shared libraries ({@code platform-support}, {@code channel-support}):
 * never another service, nor the tools of tests and local runs;</li>
 * <li>the contracts use neither Spring nor anything of the platform but contracts.</li>
 * </ul>
 */
public final class ArchitectureRules {

	/** The Spring-free contracts every service may read. */
	static final String[] CONTRACTS = { "cn.jianwu.events..", "cn.jianwu.redaction..", "cn.jianwu.*.api.." };

	/** The libraries every service may build on. */
	static final String[] SHARED = { "cn.jianwu.platform..", "cn.jianwu.channel.support.." };

	private ArchitectureRules() {
	}

	/**
	 * Checks every rule on the production classes of the service rooted at {@code root}.
	 */
	public static void checkService(String root) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("cn.jianwu");
		CompositeArchRule.of(featuresFreeOfCycles(root))
			.and(featureInternalsStayInside(root))
			.and(controllersUseTheirOwnFeaturesRepositories(root))
			.and(servicesStayApart(root))
			.and(contractsStaySpringFree())
			.check(classes);
	}

	static ArchRule featuresFreeOfCycles(String root) {
		return slices().matching(root + ".(*)..")
			.namingSlices("feature $1")
			.should()
			.beFreeOfCycles()
			.because("a feature's package is its API, used by features that come after it");
	}

	static ArchRule featureInternalsStayInside(String root) {
		return classes().that()
			.resideInAPackage(root + "..")
			.should(new ArchCondition<>("use no other feature's sub-packages") {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					String own = feature(root, item).orElse(root);
					for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass().getBaseComponentType();
						String rest = relative(root, target.getPackageName());
						if (rest == null || !rest.contains(".") || rest.startsWith("api.")) {
							continue;
						}
						String owner = root + "." + rest.substring(0, rest.indexOf('.'));
						if (!owner.equals(own)) {
							events.add(SimpleConditionEvent.violated(item, dependency.getDescription() + ": "
									+ target.getPackageName() + " is internal to " + owner));
						}
					}
				}
			})
			.allowEmptyShould(true);
	}

	static ArchRule controllersUseTheirOwnFeaturesRepositories(String root) {
		return classes().that()
			.resideInAPackage(root + "..")
			.and()
			.haveSimpleNameEndingWith("Controller")
			.should(new ArchCondition<>("use only their own feature's repositories") {
				@Override
				public void check(JavaClass item, ConditionEvents events) {
					Optional<String> own = feature(root, item);
					for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass().getBaseComponentType();
						if (target.getSimpleName().endsWith("Repository")
								&& target.getPackageName().startsWith(root + ".")
								&& !feature(root, target).equals(own)) {
							events.add(SimpleConditionEvent.violated(item, dependency.getDescription()));
						}
					}
				}
			})
			.allowEmptyShould(true);
	}

	static ArchRule servicesStayApart(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..")
			.should()
			.dependOnClassesThat(resideInAPackage("cn.jianwu..").and(not(
					resideInAPackage(root + "..").or(resideInAnyPackage(CONTRACTS)).or(resideInAnyPackage(SHARED)))))
			.because("services share only HTTP APIs, their contracts and Kafka events, and build on the shared "
					+ "libraries; never on another service or the tools of tests and local runs");
	}

	static ArchRule contractsStaySpringFree() {
		return noClasses().that()
			.resideInAnyPackage(CONTRACTS)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..")
			.orShould()
			.dependOnClassesThat(resideInAPackage("cn.jianwu..").and(not(resideInAnyPackage(CONTRACTS))))
			.because("every service and the portal read the contracts, whatever they run on")
			.allowEmptyShould(true);
	}

	/**
	 * The feature package a class belongs to, or empty for the service's root package.
	 */
	private static Optional<String> feature(String root, JavaClass type) {
		String rest = relative(root, type.getPackageName());
		if (rest == null || rest.isEmpty()) {
			return Optional.empty();
		}
		int dot = rest.indexOf('.');
		return Optional.of(root + "." + ((dot < 0) ? rest : rest.substring(0, dot)));
	}

	/**
	 * The package below {@code root}, "" for the root itself, {@code null} outside it.
	 */
	private static String relative(String root, String packageName) {
		if (packageName.equals(root)) {
			return "";
		}
		return packageName.startsWith(root + ".") ? packageName.substring(root.length() + 1) : null;
	}

}
