package cn.jianwu.portal.casequery;

import java.time.ZoneId;

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
		CaseInformation information = new CaseInformation("晋检刑诉受〔2026〕1号", "张某涉嫌盗窃案", "审查起诉", "第一检察部", "2026-03-02",
				"REVIEW", "审查起诉", "2026-04-01T16:00:00Z",
				java.util.List.of(new CaseInformation.Event("受理", null, "2026-03-02"),
						new CaseInformation.Event("审查起诉", null, "2026年3月5日")));
		CaseQueryView view = CaseQueryView.of(information, institution);
		assertThat(view.stage()).as("the Chinese name when the service sends one").isEqualTo("审查起诉");
		assertThat(view.acceptedAt()).isEqualTo("2026年3月2日");
		assertThat(view.stageDeadline()).isEqualTo("2026年4月2日");
		assertThat(view.history()).containsExactly(new CaseQueryView.Step("受理", "2026年3月2日"),
				new CaseQueryView.Step("审查起诉", "2026年3月5日"));
		assertThat(CaseQueryMessages.throttled(90)).isEqualTo("查询过于频繁，请约2分钟后再试。");
		assertThat(CaseQueryMessages.throttled(0)).isEqualTo(CaseQueryMessages.THROTTLED);
		assertThat(CaseQueryClient.retryAfter("x")).isZero();
	}

}
