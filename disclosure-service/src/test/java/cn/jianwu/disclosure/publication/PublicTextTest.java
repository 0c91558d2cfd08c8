package cn.jianwu.disclosure.publication;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import cn.jianwu.redaction.RedactionScanner;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the privacy gate finds left in the text the public would read. */
class PublicTextTest {

	/** A fictional resident ID number with a valid check digit. */
	private static final String ID_NUMBER = "14010519850312457X";

	private final PublicText publicText = new PublicText(new RedactionScanner());

	@Test
	void anIdentifierHiddenInMarkupIsStillFoundAndNamedByItsKindOnly() {
		String body = "<p>详见<a href=\"https://example.cn/a\" title=\"" + ID_NUMBER + "\">附件</a></p>";

		List<String> remaining = this.publicText.remainingIdentifiers(item("附件说明", body, List.of()));

		assertThat(remaining).contains("公民身份号码").noneMatch((label) -> label.contains(ID_NUMBER));
	}

	@Test
	void listedPersonsAreAnonymisedAndLeaveNothingBehind() {
		DisclosureItem item = item("王建国涉嫌盗窃案不起诉决定书", "<p>被不起诉人王建国，经审查，窃取商品价值人民币860元。</p>", List.of("王建国"));

		assertThat(this.publicText.remainingIdentifiers(item)).isEmpty();
		assertThat(this.publicText.redact(item.content()).title()).isEqualTo("王某涉嫌盗窃案不起诉决定书");
	}

	private static DisclosureItem item(String title, String body, List<String> persons) {
		ItemContent content = new ItemContent(Category.CASE_INFO, null, Term.AD_HOC, Visibility.PUBLIC, "公诉部", false,
				List.of(Channel.PORTAL), Set.of(), persons, List.of(), List.of(), null, title, "摘要", body, null, null);
		Instant now = Instant.parse("2026-12-01T02:00:00Z");
		return new DisclosureItem(UUID.randomUUID(), ItemStatus.DRAFT, 1, null, content, "clerk1", "clerk1", now, now,
				0);
	}

}
