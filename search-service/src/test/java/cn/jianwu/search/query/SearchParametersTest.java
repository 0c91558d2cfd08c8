package cn.jianwu.search.query;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchParametersTest {

	@Test
	void defaultsListTheNewestTenItems() {
		SearchQuery query = SearchParameters.parse(null, null, null, null, null, null, null, null);
		assertThat(query.hasText()).isFalse();
		assertThat(query.page()).isZero();
		assertThat(query.size()).isEqualTo(10);
		assertThat(query.sort()).isEqualTo(SearchQuery.Sort.RELEVANCE);
	}

	@Test
	void controlCharactersAndRunsOfSpacesAreNormalisedButQuerySyntaxStays() {
		SearchQuery query = SearchParameters.parse(" \u0000不起诉\t\t决定书\u3000\"AND\" \\ ", null, null, null, null, null,
				null, null);
		assertThat(query.text()).isEqualTo("不起诉 决定书 \"AND\" \\");
		assertThat(query.terms()).containsExactly("不起诉", "决定书", "\"AND\"");
	}

	@Test
	void wordsWithoutALetterOrDigitAreLeftOut() {
		assertThat(SearchParameters.parse("不起诉 \" * 决定书", null, null, null, null, null, null, null).terms())
			.containsExactly("不起诉", "决定书");
		assertThat(SearchParameters.parse("*** \\ \"", null, null, null, null, null, null, null).hasText()).isFalse();
	}

	@Test
	void aQueryOfTwoHundredCharactersIsTheLongestAccepted() {
		assertThat(SearchParameters.parse("检".repeat(200), null, null, null, null, null, null, null).text())
			.hasSize(200);
		assertThatThrownBy(() -> SearchParameters.parse("检".repeat(201), null, null, null, null, null, null, null))
			.isInstanceOf(InvalidSearchException.class)
			.hasMessageContaining("200");
		// characters outside the BMP count once
		assertThat(SearchParameters.parse("𠀀".repeat(200), null, null, null, null, null, null, null).hasText())
			.isTrue();
	}

	@Test
	void pagesStayWithinTheResultWindow() {
		assertThat(SearchParameters.parse(null, null, null, null, null, "199", "50", null).offset()).isEqualTo(9950);
		assertThatThrownBy(() -> SearchParameters.parse(null, null, null, null, null, "200", "50", null))
			.isInstanceOf(InvalidSearchException.class);
		assertThatThrownBy(() -> SearchParameters.parse(null, null, null, null, null, null, "51", null))
			.isInstanceOf(InvalidSearchException.class);
		assertThatThrownBy(() -> SearchParameters.parse(null, null, null, null, null, "x", null, null))
			.isInstanceOf(InvalidSearchException.class)
			.hasMessage("页码应为整数。");
	}

	@Test
	void categoriesAreTheEventCategoriesInAnyCase() {
		assertThat(SearchParameters.parse(null, "case_info", null, null, null, null, null, null).category())
			.isEqualTo("CASE_INFO");
		assertThatThrownBy(() -> SearchParameters.parse(null, "秘密", null, null, null, null, null, null))
			.isInstanceOf(InvalidSearchException.class)
			.hasMessageContaining("GOVERNMENT_AFFAIRS（检察政务信息）");
	}

	@Test
	void daysAreBeijingDaysAndTheLastDayCounts() {
		SearchQuery query = SearchParameters.parse(null, null, null, "2025-05-01", "2025-05-31", null, null, "date");
		assertThat(query.from()).isEqualTo(LocalDate.of(2025, 5, 1));
		assertThat(query.fromInstant()).isEqualTo(Instant.parse("2025-04-30T16:00:00Z"));
		assertThat(query.toInstantExclusive()).isEqualTo(Instant.parse("2025-05-31T16:00:00Z"));
		assertThat(query.sort()).isEqualTo(SearchQuery.Sort.DATE);
		assertThatThrownBy(() -> SearchParameters.parse(null, null, null, "2025-06-01", "2025-05-01", null, null, null))
			.isInstanceOf(InvalidSearchException.class);
		assertThatThrownBy(() -> SearchParameters.parse(null, null, null, "20250501", null, null, null, null))
			.isInstanceOf(InvalidSearchException.class);
	}

	@Test
	void aSubKindIsOneOfTheContractsSectionsAndBelongsToTheCategoryAsked() {
		assertThat(SearchParameters.parse(null, "CASE_INFO", "legal_document", null, null, null, null, null, null)
			.subKind()).isEqualTo("LEGAL_DOCUMENT");
		assertThat(SearchParameters.parse(null, null, "GUIDE", null, null, null, null, null, null).subKind())
			.as("a section alone searches its category's items of that section")
			.isEqualTo("GUIDE");
		assertThatThrownBy(() -> SearchParameters.parse(null, null, "通知", null, null, null, null, null, null))
			.isInstanceOf(InvalidSearchException.class)
			.hasMessageContaining("GUIDE（检察政务信息·办事指南）");
		assertThatThrownBy(() -> SearchParameters.parse(null, "CASE_INFO", "GUIDE", null, null, null, null, null, null))
			.isInstanceOf(InvalidSearchException.class)
			.hasMessageStartingWith("“办事指南”是检察政务信息的子栏目，不属于检察案件信息。")
			.hasMessageContaining("LEGAL_DOCUMENT（生效法律文书）")
			.hasMessageNotContaining("GUIDE（");
		assertThatThrownBy(() -> SearchParameters.parse(null, "PERSONNEL", "GUIDE", null, null, null, null, null, null))
			.isInstanceOf(InvalidSearchException.class)
			.hasMessageEndingWith("检察队伍信息没有子栏目。");
	}

}
