package cn.jianwu.disclosure.workflow;

import java.util.List;

import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static cn.jianwu.disclosure.item.TestItems.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a refusal of the disclosure rules leaves in the audit trail and for the reports.
 */
class RuleRefusalsTest {

	@Test
	void theTrailNamesTheRuleThatRefused() {
		DisclosureException refusal = catchThrowableOfType(DisclosureException.class,
				() -> DisclosureRules.checkExemptions(content(Visibility.PUBLIC, Exemption.PERSONAL_PRIVACY)));

		assertThat(RuleRefusals.comment(refusal)).isEqualTo("该事项不得向社会公开");
	}

	@Test
	void whatTheGateFoundIsNotCopiedIntoTheTrail() {
		// the shape of the privacy gate's answer: its detail names the persons it found
		DisclosureException refusal = new DisclosureException(HttpStatus.UNPROCESSABLE_CONTENT, "unlisted-person-name",
				"有未处理的人员姓名", "文本中有1个姓名既未列入需匿名处理的人员，也未标记为可以公开（王建国）。")
			.with("names", List.of("王建国"));

		assertThat(RuleRefusals.comment(refusal)).isEqualTo("有未处理的人员姓名").doesNotContain("王建国");
	}

}
