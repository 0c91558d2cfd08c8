package cn.jianwu.hall.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicMessageTextTest {

	private final PublicMessageText text = new PublicMessageText(
			Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC),
			new PublicationProperties(List.of("韩检察"), List.of()));

	@Test
	void namesBecomeSurnameAndMouInEveryPartAndIdentifiersAreCrossedOut() {
		PublicMessageText.Redacted redacted = this.text.redact("关于王建国案件的咨询", "我想了解王建国的案件进展，我的电话13812345678。",
				"经查，王建国一案已于2026年11月移送审查起诉。请张秀英女士携身份证110101199003071234到本院控告申诉检察部办理。");
		assertThat(redacted.subject()).isEqualTo("关于王某案件的咨询");
		assertThat(redacted.question()).contains("王某的案件进展").doesNotContain("13812345678");
		assertThat(redacted.answer()).contains("王某一案", "张某女士")
			.doesNotContain("王建国", "张秀英", "110101199003071234")
			.contains("2026年11月");
	}

	@Test
	void aTextWithoutPersonsStaysAsItIs() {
		PublicMessageText.Redacted redacted = this.text.redact("建议延长周末接待时间", "希望本院在周六上午也能接待来访群众。",
				"感谢您的建议。自2027年1月起，本院控告申诉检察部每月第一个周六上午开放接待。");
		assertThat(redacted.subject()).isEqualTo("建议延长周末接待时间");
		assertThat(redacted.question()).isEqualTo("希望本院在周六上午也能接待来访群众。");
		assertThat(redacted.answer()).isEqualTo("感谢您的建议。自2027年1月起，本院控告申诉检察部每月第一个周六上午开放接待。");
	}

}
