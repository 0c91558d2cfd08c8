package cn.jianwu.disclosure.workflow;

import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static cn.jianwu.disclosure.item.TestItems.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The exemptions of seed §四(一)5: what may go public, internal only, or nowhere. */
class DisclosureRulesTest {

	@Test
	void anItemWithoutExemptionsMayGoPublic() {
		assertThatCode(() -> DisclosureRules.checkExemptions(content(Visibility.PUBLIC))).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(value = Exemption.class, names = { "PERSONAL_PRIVACY", "MINOR_INVOLVED", "PARTY_REQUEST" })
	void anExemptItemIsNotPublicButMayGoInternal(Exemption exemption) {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> DisclosureRules.checkExemptions(content(Visibility.PUBLIC, exemption)))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo("exempt-item");
				assertThat(ex.getMessage()).contains(exemption.label()).contains("仅内部");
			});
		assertThatCode(() -> DisclosureRules.checkExemptions(content(Visibility.INTERNAL, exemption)))
			.doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(value = Exemption.class, names = { "STATE_SECRET", "WORK_SECRET", "COMMERCIAL_SECRET" })
	void aSecretGoesNowhereNotEvenToTheBulletin(Exemption secret) {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> DisclosureRules.checkExemptions(content(Visibility.INTERNAL, secret)))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo("exempt-item");
				assertThat(ex.getMessage()).contains(secret.label()).contains("局域网公告栏");
			});
	}

	@Test
	void everyExemptionIsNamedInTheRefusal() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> DisclosureRules
				.checkExemptions(content(Visibility.PUBLIC, Exemption.PARTY_REQUEST, Exemption.PERSONAL_PRIVACY)))
			.satisfies((ex) -> assertThat(ex.properties().get("exemptions")).asList()
				.containsExactly(Exemption.PERSONAL_PRIVACY, Exemption.PARTY_REQUEST));
	}

}
