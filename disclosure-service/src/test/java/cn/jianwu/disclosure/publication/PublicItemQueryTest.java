package cn.jianwu.disclosure.publication;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Which public lists pin long-term items, and which sections a column has. */
class PublicItemQueryTest {

	@Test
	void aSectionOfAnotherColumnIsRefusedNamingTheColumnsSections() {
		assertThatExceptionOfType(DisclosureException.class)
			.isThrownBy(() -> new PublicItemQuery(Category.CASE_INFO, List.of(SubKind.LEGAL_DOCUMENT, SubKind.GUIDE),
					null, null, null))
			.satisfies((refusal) -> assertThat(refusal.kind()).isEqualTo("validation"))
			.withMessageStartingWith("办事指南不是“" + Category.CASE_INFO.label() + "”栏目的子栏目")
			.withMessageContaining(SubKind.TYPICAL_CASE.label());
	}

	@Test
	void columnsSectionsAndTermsPinLongTermItemsTheNewestListDoesNot() {
		assertThat(new PublicItemQuery(Category.CASE_INFO, null, null, null, null).pins()).isTrue();
		assertThat(new PublicItemQuery(null, List.of(SubKind.GUIDE), null, null, null).pins()).isTrue();
		assertThat(new PublicItemQuery(null, null, Term.LONG_TERM, null, null).pins()).isTrue();
		assertThat(new PublicItemQuery(null, null, null, "办公室", "审查起诉").pins()).isFalse();
	}

	@Test
	void blankFiltersSelectEverything() {
		Map<String, Object> params = new HashMap<>();
		assertThat(new PublicItemQuery(null, List.of(), null, " ", "").conditions(params)).isEmpty();
		assertThat(params).isEmpty();
	}

}
