package cn.jianwu.portal.search;

import cn.jianwu.disclosure.api.item.SubKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchFormTest {

	@Test
	void keepsWhatCanBeUsedAndExplainsWhatWasDropped() {
		SearchForm form = SearchForm.of("  不起诉 ", "case_info", null, "2026-13-01", "2026-02-01", "date");
		assertThat(form.q()).isEqualTo("不起诉");
		assertThat(form.category()).as("only the services' exact names").isNull();
		assertThat(form.from()).isNull();
		assertThat(form.to()).isEqualTo("2026-02-01");
		assertThat(form.sort()).isEqualTo("date");
		assertThat(form.problems()).containsExactly("公开类别有误，已按全部类别检索。", "起始日期应为“年-月-日”格式（例如 2026-01-31），已忽略。");
		assertThat(form.asked()).isTrue();
	}

	@Test
	void swapsAReversedRangeAndShortensALongQuery() {
		SearchForm form = SearchForm.of("检".repeat(250), "CASE_INFO", null, "2026-03-01", "2026-01-01", "other");
		assertThat(form.q()).hasSize(SearchForm.MAX_TEXT);
		assertThat(form.from()).isEqualTo("2026-01-01");
		assertThat(form.to()).isEqualTo("2026-03-01");
		assertThat(form.sort()).isNull();
		assertThat(form.problems()).hasSize(2);
	}

	@Test
	void filterLinksKeepTheQueryEncoded() {
		SearchForm form = SearchForm.of("a&b 网络", "CASE_INFO", null, "2026-01-01", null, null);
		assertThat(form.withCategory(null)).isEqualTo("/search?q=a%26b%20%E7%BD%91%E7%BB%9C&from=2026-01-01");
		assertThat(form.withCategory("OTHER"))
			.isEqualTo("/search?q=a%26b%20%E7%BD%91%E7%BB%9C&category=OTHER&from=2026-01-01");
		assertThat(form.page(3)).endsWith("&category=CASE_INFO&from=2026-01-01&page=3");
		assertThat(SearchForm.of(null, null, null, null, null, null).asked()).isFalse();
	}

	@Test
	void aSectionKeepsItsCategoryInEveryLinkAndLeavesWhenTheCategoryChanges() {
		SearchForm form = SearchForm.of("告知", null, "GUIDE", null, null, "date");
		assertThat(form.category()).as("a section names its column").isEqualTo("GOVERNMENT_AFFAIRS");
		assertThat(form.subKind()).isEqualTo("GUIDE");
		assertThat(form.problems()).isEmpty();
		assertThat(form.page(2))
			.isEqualTo("/search?q=%E5%91%8A%E7%9F%A5&category=GOVERNMENT_AFFAIRS&subKind=GUIDE&sort=date&page=2");
		assertThat(form.withCategory("CASE_INFO"))
			.isEqualTo("/search?q=%E5%91%8A%E7%9F%A5&category=CASE_INFO&sort=date");
		assertThat(form.withSubKind(null))
			.isEqualTo("/search?q=%E5%91%8A%E7%9F%A5&category=GOVERNMENT_AFFAIRS&sort=date");
		assertThat(form.withSubKind(SubKind.LEGAL_DOCUMENT))
			.isEqualTo("/search?q=%E5%91%8A%E7%9F%A5&category=CASE_INFO&subKind=LEGAL_DOCUMENT&sort=date");
		assertThat(SearchForm.of(null, null, "GUIDE", null, null, null).asked()).isTrue();
	}

	@Test
	void aSectionOfAnotherCategoryOrUnknownIsDroppedWithAReason() {
		SearchForm other = SearchForm.of("告知", "CASE_INFO", "GUIDE", null, null, null);
		assertThat(other.category()).isEqualTo("CASE_INFO");
		assertThat(other.subKind()).isNull();
		assertThat(other.problems()).containsExactly("“办事指南”是检察政务信息的子栏目，不属于检察案件信息，已按全部子栏目检索。");
		SearchForm unknown = SearchForm.of("告知", null, "guide", null, null, null);
		assertThat(unknown.subKind()).isNull();
		assertThat(unknown.category()).isNull();
		assertThat(unknown.problems()).containsExactly("子栏目有误，已按全部子栏目检索。");
	}

}
