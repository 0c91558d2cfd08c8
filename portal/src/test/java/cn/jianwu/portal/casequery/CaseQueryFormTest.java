package cn.jianwu.portal.casequery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.platform.institution.InstitutionProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseQueryFormTest {

	@Test
	void acceptsTwelveDigitsAndFourCharactersEndingInX() {
		CaseQueryForm form = CaseQueryForm.of(" 4821-0937 5516 ", "302x");
		assertThat(form.valid()).isTrue();
		assertThat(form.queryCode()).isEqualTo("482109375516");
		assertThat(form.idLast4()).isEqualTo("302X");
	}

	@Test
	void saysWhatIsWrongWithEachField() {
		assertThat(CaseQueryForm.of("", "").errors()).containsEntry("queryCode", "请输入查询码。")
			.containsEntry("idLast4", "请输入身份证号码后四位。");
		assertThat(CaseQueryForm.of("12345678901", "X123").errors()).containsEntry("queryCode", "查询码应为12位数字。")
			.containsEntry("idLast4", "身份证号码后四位应为4位数字（最后一位可以是X）。");
		assertThat(CaseQueryForm.of("1234567890123", "12345").errors()).containsKeys("queryCode", "idLast4");
		assertThat(CaseQueryForm.of("１２３４５６７８９０１２", "1234").valid()).as("full-width digits are not digits").isFalse();
	}

	@Test
	void answersAreShownWithDatesAsPeopleReadThem() {
		InstitutionProperties institution = new InstitutionProperties("测试区人民检察院", "12309", ZoneId.of("Asia/Shanghai"));
		CaseView information = new CaseView("晋检刑诉受〔2026〕1号", "张某涉嫌盗窃案", "审查起诉案件", "第一检察部", LocalDate.of(2026, 3, 2),
				"审查起诉", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 2),
				List.of(new CaseView.Step("受理", LocalDate.of(2026, 3, 2), null),
						new CaseView.Step("审查起诉", LocalDate.of(2026, 3, 5), LocalDate.of(2026, 4, 2))),
				List.of());
		CaseQueryView view = CaseQueryView.of(information, institution);
		assertThat(view.stage()).isEqualTo("审查起诉");
		assertThat(view.acceptedAt()).isEqualTo("2026年3月2日");
		assertThat(view.stageDeadline()).isEqualTo("2026年4月2日");
		assertThat(view.history()).containsExactly(new CaseQueryView.Step("受理", "2026年3月2日"),
				new CaseQueryView.Step("审查起诉", "2026年3月5日"));
		assertThat(CaseQueryMessages.throttled(90)).isEqualTo("查询过于频繁，请约2分钟后再试。");
		assertThat(CaseQueryMessages.throttled(0)).isEqualTo(CaseQueryMessages.THROTTLED);
		assertThat(CaseQueryMessages.refused(null)).as("a refusal that was not the failure answer states no lock-out")
			.isEqualTo(CaseQueryMessages.REFUSED);
		assertThat(CaseQueryClient.retryAfter("x")).isZero();
	}

}
