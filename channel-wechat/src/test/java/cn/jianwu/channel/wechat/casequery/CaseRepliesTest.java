package cn.jianwu.channel.wechat.casequery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.casequery.api.CaseQueryExamples;
import cn.jianwu.casequery.api.CaseQueryExamples.Example;
import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.casequery.api.query.QueryFailure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class CaseRepliesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theContractsExampleAnswerReadsAsProceduralInformation() {
		CaseView view = JSON.readValue(CaseQueryExamples.json(Example.CASE_VIEW), CaseView.class);

		assertThat(CaseReplies.caseInfo(view)).contains("案号：晋检刑诉受〔2026〕35010300001号")
			.contains("案件名称：张某涉嫌盗窃案")
			.contains("案件类型：审查起诉案件")
			.contains("当前阶段：审查起诉（2026年3月5日起，办理期限至2026年4月5日）")
			.contains("强制措施：取保候审（2026年2月20日）")
			.contains("· 2026年3月2日 受理\n· 2026年3月5日 审查起诉");
	}

	@Test
	void aLongHistoryIsCutFromItsOldestEndToFitWechatsLimit() {
		List<CaseView.Step> events = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			events.add(new CaseView.Step("退回补充侦查第" + i + "次", LocalDate.of(2026, 1, 1), null));
		}
		CaseView view = new CaseView("晋检刑诉受〔2026〕1号", "张某涉嫌盗窃案", null, null, LocalDate.of(2026, 1, 1), "审查起诉",
				LocalDate.of(2026, 3, 1), null, events, List.of());

		String text = CaseReplies.caseInfo(view);

		assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CaseReplies.MAX_REPLY_BYTES);
		assertThat(text).contains("当前阶段：审查起诉（2026年3月1日起）")
			.contains("退回补充侦查第60次")
			.doesNotContain("退回补充侦查第1次\n")
			.containsPattern("更早的\\d+项从略");
	}

	@Test
	void aFailureStatesTheLockOutCaseQueryServiceAnswered() {
		QueryFailure example = JSON.readValue(CaseQueryExamples.json(Example.QUERY_FAILURE), QueryFailure.class);
		assertThat(CaseReplies.failed(example)).startsWith("查询未成功：").contains("连续输错5次，查询码将锁定30分钟，再次锁定时间加倍。");

		QueryFailure stricter = QueryFailure.of(example.type(), new LockoutPolicy(3, Duration.ofHours(2)));
		assertThat(CaseReplies.failed(stricter)).contains("连续输错3次，查询码将锁定2小时，再次锁定时间加倍。").doesNotContain("5次");

		assertThat(CaseReplies.failed(null)).as("no number the service did not state")
			.startsWith("查询未成功")
			.doesNotContain("连续输错");
	}

}
