package cn.jianwu.disclosure.item;

import java.util.List;

import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What a draft's section, period and case stages may be. */
class ItemContentFactoryTest {

	@Test
	void aSubKindMustBeASectionOfTheItemsCategory() {
		assertThat(
				ItemContentFactory.from(request(Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, Term.LONG_TERM, null, null))
					.subKind())
			.isEqualTo(SubKind.GUIDE);
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> ItemContentFactory
				.from(request(Category.CASE_INFO, SubKind.LEGAL_INTERPRETATION, Term.AD_HOC, null, null)))
			.satisfies((refusal) -> assertThat(refusal.kind()).isEqualTo("validation"))
			.satisfies((refusal) -> assertThat(refusal.properties()).containsEntry("field", "subKind"))
			.withMessageContaining("法律解读")
			.withMessageContaining(Category.CASE_INFO.label())
			.withMessageContaining(SubKind.LEGAL_DOCUMENT.label());
	}

	@Test
	void aPeriodicItemNamesItsPeriodWhichIsKeptInItsCanonicalCode() {
		assertThatExceptionOfType(DisclosureException.class).isThrownBy(
				() -> ItemContentFactory.from(request(Category.GOVERNMENT_AFFAIRS, null, Term.PERIODIC, null, null)))
			.withMessageContaining("所属期间")
			.withMessageContaining("2026Q4");
		assertThat(ItemContentFactory.from(request(Category.GOVERNMENT_AFFAIRS, null, Term.PERIODIC, " 2026Q3 ", null))
			.period()).isEqualTo("2026Q3");
	}

	@Test
	void onlyAPeriodicItemKeepsAPeriod() {
		assertThat(ItemContentFactory.from(request(Category.GOVERNMENT_AFFAIRS, null, Term.AD_HOC, "2026Q3", null))
			.period()).isNull();
	}

	@Test
	void aGuidesCaseStagesAreKeptOnceEachWithoutBlanks() {
		ItemContent guide = ItemContentFactory.from(request(Category.GOVERNMENT_AFFAIRS, SubKind.GUIDE, Term.LONG_TERM,
				null, List.of(" 审查起诉 ", "审查起诉", "", "审判")));
		assertThat(guide.caseStages()).containsExactly("审查起诉", "审判");
	}

	@Test
	void onlyAGuideNamesCaseStages() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> ItemContentFactory.from(request(Category.GOVERNMENT_AFFAIRS, SubKind.LEGAL_INTERPRETATION,
					Term.AD_HOC, null, List.of("审查起诉"))))
			.withMessageContaining(SubKind.GUIDE.label());
	}

	private static ItemRequest request(Category category, SubKind subKind, Term term, String period,
			List<String> caseStages) {
		return new ItemRequest("审查起诉阶段权利义务告知", "摘要", "<p>正文</p>", category, subKind, "公诉部", false, term,
				Visibility.PUBLIC, null, null, null, null, null, null, null, null, null, period, caseStages, null);
	}

}
