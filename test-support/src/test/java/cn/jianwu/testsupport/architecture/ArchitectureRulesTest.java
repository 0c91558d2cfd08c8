package cn.jianwu.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules on two sample services: {@code sample.shop}, which breaks each rule once, and
 * {@code sample.clean}, which keeps them all.
 */
class ArchitectureRulesTest {

	private static final String SHOP = "cn.jianwu.testsupport.architecture.sample.shop";

	private static final String CLEAN = "cn.jianwu.testsupport.architecture.sample.clean";

	private final JavaClasses classes = new ClassFileImporter()
		.importPackages("cn.jianwu.testsupport.architecture.sample", "cn.jianwu.events");

	@Test
	void featuresInACycleAreFound() {
		assertThat(violations(ArchitectureRules.featuresFreeOfCycles(SHOP))).contains("orders", "billing");
		assertThat(passes(ArchitectureRules.featuresFreeOfCycles(CLEAN))).isTrue();
	}

	@Test
	void anotherFeaturesSubPackageIsInternal() {
		assertThat(violations(ArchitectureRules.featureInternalsStayInside(SHOP))).contains("Orders")
			.contains("billing.rates");
		assertThat(passes(ArchitectureRules.featureInternalsStayInside(CLEAN))).isTrue();
	}

	@Test
	void aControllerUsesOnlyItsOwnFeaturesRepositories() {
		assertThat(violations(ArchitectureRules.controllersUseTheirOwnFeaturesRepositories(SHOP)))
			.contains("OrderController")
			.contains("InvoiceRepository");
		assertThat(passes(ArchitectureRules.controllersUseTheirOwnFeaturesRepositories(CLEAN))).isTrue();
	}

	@Test
	void aServiceUsesNoOtherServiceButTheContracts() {
		assertThat(violations(ArchitectureRules.servicesStayApart(SHOP))).contains("warehouse.Stock");
		assertThat(passes(ArchitectureRules.servicesStayApart(CLEAN))).isTrue();
	}

	@Test
	void theEventContractIsSpringFree() {
		assertThat(passes(ArchitectureRules.contractsStaySpringFree())).isTrue();
	}

	private String violations(ArchRule rule) {
		EvaluationResult result = rule.evaluate(this.classes);
		assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
		return String.join("\n", result.getFailureReport().getDetails());
	}

	private boolean passes(ArchRule rule) {
		EvaluationResult result = rule.evaluate(this.classes);
		assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
		return !result.hasViolation();
	}

}
