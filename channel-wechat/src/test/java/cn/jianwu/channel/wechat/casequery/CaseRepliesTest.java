package cn.jianwu.channel.wechat.casequery;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseRepliesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aLongHistoryIsCutFromItsOldestEndToFitWechatsLimit() {
		StringBuilder events = new StringBuilder();
		for (int i = 1; i <= 60; i++) {
			if (i > 1) {
				events.append(',');
			}
			events.append("{\"stage\":\"退回补充侦查第").append(i).append("次\",\"date\":\"2026-01-01\"}");
		}
		JsonNode view = JSON.readTree("{\"caseNumber\":\"晋检刑诉受〔2026〕1号\",\"caseName\":\"张某涉嫌盗窃案\","
				+ "\"acceptedAt\":\"2026-01-01\",\"stage\":\"审查起诉\",\"stageDate\":\"2026-03-01\",\"stageDeadline\":null,"
				+ "\"events\":[" + events + "],\"compulsoryMeasures\":[]}");

		String text = CaseReplies.caseInfo(view);

		assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(CaseReplies.MAX_REPLY_BYTES);
		assertThat(text).contains("当前阶段：审查起诉（2026年3月1日起）")
			.contains("退回补充侦查第60次")
			.doesNotContain("退回补充侦查第1次\n")
			.containsPattern("更早的\\d+项从略");
	}

}
