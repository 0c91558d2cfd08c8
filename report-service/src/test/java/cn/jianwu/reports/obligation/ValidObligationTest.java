package cn.jianwu.reports.obligation;

import java.time.LocalDate;

import cn.jianwu.events.Category;
import cn.jianwu.reports.api.obligation.Frequency;
import cn.jianwu.reports.api.obligation.ObligationRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidObligationTest {

	@Test
	void aYearlyObligationNeedsOneKindOfDueDay() {
		assertThatThrownBy(() -> ValidObligation.of(yearly(null, null, null))).isInstanceOf(ObligationProblem.class)
			.satisfies((ex) -> assertThat(((ObligationProblem) ex).getBody().getDetail()).contains("每年公开的事项须填写截止日期"));
		assertThatThrownBy(() -> ValidObligation.of(yearly(3, 31, 20))).isInstanceOf(ObligationProblem.class);
		assertThatThrownBy(() -> ValidObligation.of(yearly(2, 30, null))).isInstanceOf(ObligationProblem.class)
			.satisfies((ex) -> assertThat(((ObligationProblem) ex).getBody().getDetail()).contains("不是有效日期"));
		assertThat(ValidObligation.of(yearly(null, null, 20)).dueWithinDays()).isEqualTo(20);
	}

	@Test
	void aSubKindOnlyForCaseInformationAndADueDateOnlyForAdHoc() {
		assertThatThrownBy(() -> ValidObligation.of(new ObligationRequest("工作动态", "办公室", Category.OTHER,
				"LEGAL_DOCUMENT", Frequency.QUARTERLY, null, null, null, LocalDate.of(2026, 12, 31), null, null)))
			.isInstanceOf(ObligationProblem.class)
			.satisfies((ex) -> assertThat(((ObligationProblem) ex).getBody().getDetail()).contains("细分类型", "一次性截止日期"));
		ValidObligation documents = ValidObligation.of(new ObligationRequest(" 生效法律文书 ", "公诉部", Category.CASE_INFO,
				"LEGAL_DOCUMENT", Frequency.QUARTERLY, null, null, null, null, " ", null));
		assertThat(documents.title()).isEqualTo("生效法律文书");
		assertThat(documents.basis()).isNull();
		assertThat(documents.active()).isTrue();
	}

	private static ObligationRequest yearly(Integer month, Integer day, Integer within) {
		return new ObligationRequest("年度部门预算", "行装科", Category.GOVERNMENT_AFFAIRS, null, Frequency.YEARLY, month, day,
				within, null, null, null);
	}

}
