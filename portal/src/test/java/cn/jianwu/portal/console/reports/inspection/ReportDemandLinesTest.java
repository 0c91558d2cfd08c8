package cn.jianwu.portal.console.reports.inspection;

import java.time.LocalDate;
import java.util.List;

import cn.jianwu.events.Category;
import cn.jianwu.reports.api.inspection.RectificationDemand;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportDemandLinesTest {

	@Test
	void readsTypedLinesAndSkipsBlankOnes() {
		List<RectificationDemand> demands = ReportDemandLines.read(List.of("公诉部", "", " 办公室 "),
				List.of("补充公开起诉书", "", "更新领导分工"), List.of("CASE_INFO", "GOVERNMENT_AFFAIRS", "GOVERNMENT_AFFAIRS"),
				List.of("2027-03-31", "", "2027-01-15"));
		assertThat(demands).containsExactly(
				new RectificationDemand("公诉部", "补充公开起诉书", Category.CASE_INFO, LocalDate.of(2027, 3, 31), null),
				new RectificationDemand("办公室", "更新领导分工", Category.GOVERNMENT_AFFAIRS, LocalDate.of(2027, 1, 15), null));
	}

	@Test
	void leavesAHalfTypedLineForTheServiceToExplain() {
		assertThat(ReportDemandLines.read(List.of("公诉部"), List.of(""), List.of("CASE_INFO"), List.of("")))
			.containsExactly(new RectificationDemand("公诉部", "", Category.CASE_INFO, null, null));
	}

	@Test
	void namesTheLineWhoseDateCannotBeRead() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ReportDemandLines.read(List.of("公诉部", "办公室"), List.of("甲", "乙"),
					List.of("CASE_INFO", "CASE_INFO"), List.of("2027-03-31", "明年")))
			.withMessage("第2条整改要求的公开类别或整改期限填写有误。");
	}

}
