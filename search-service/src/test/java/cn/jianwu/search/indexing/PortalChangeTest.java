package cn.jianwu.search.indexing;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.EventExamples;
import cn.jianwu.events.EventType;
import cn.jianwu.events.RedeliveryRequested;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortalChangeTest {

	@Test
	void theCanonicalPublishedExampleBecomesAPlainTextDocument() {
		PortalChange change = PortalChange.of(3, EventExamples.payload(EventType.DISCLOSURE_PUBLISHED)).orElseThrow();
		assertThat(change.record()).isEqualTo(3);
		assertThat(change.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(change.document().tombstone()).isFalse();
		assertThat(change.document().revision()).isEqualTo(1);
		assertThat(change.document().title()).isEqualTo("张某涉嫌盗窃案不起诉决定书");
		assertThat(change.document().body()).startsWith("被不起诉人张某").doesNotContain("<p>");
		assertThat(change.document().attachmentNames()).containsExactly("不起诉决定书.pdf");
		assertThat(change.document().category()).isEqualTo("CASE_INFO");
		assertThat(change.document().publishedAt()).isEqualTo("2026-11-20T02:30:00Z");
		assertThat(change.document().titleSuggest()).contains("张某涉嫌盗窃案不起诉决定书");
	}

	@Test
	void theRevisedExampleReplacesItsItemAtTheNewRevision() {
		PortalChange change = PortalChange.of(0, EventExamples.payload(EventType.DISCLOSURE_REVISED)).orElseThrow();
		assertThat(change.revision()).isEqualTo(2);
		assertThat(change.document().title()).isEqualTo("张某涉嫌盗窃案不起诉决定书（更正）");
	}

	@Test
	void aWithdrawalLeavesATombstoneAtItsRevision() {
		PortalChange change = PortalChange.of(0, new DisclosureWithdrawn("i", 4, "有误", Instant.now())).orElseThrow();
		assertThat(change.document().tombstone()).isTrue();
		assertThat(change.document().revision()).isEqualTo(4);
		assertThat(change.document().title()).isNull();
		assertThat(change.document().titleSuggest()).isNull();
		assertThat(change.status()).isEqualTo(DeliveryStatus.RETRACTED);
	}

	@Test
	void internalItemsAndItemsNotForThePortalAreSkippedWithATombstone() {
		PortalChange internal = PortalChange.of(0, item(Visibility.INTERNAL, List.of(Channel.BULLETIN))).orElseThrow();
		assertThat(internal.document().tombstone()).isTrue();
		assertThat(internal.status()).isEqualTo(DeliveryStatus.SKIPPED);
		assertThat(internal.reason()).isEqualTo(PortalChange.INTERNAL);
		PortalChange notChosen = PortalChange.of(0, item(Visibility.PUBLIC, List.of(Channel.WEIBO))).orElseThrow();
		assertThat(notChosen.document().tombstone()).isTrue();
		assertThat(notChosen.reason()).isEqualTo(PortalChange.NOT_CHOSEN);
	}

	@Test
	void redeliveryRequestsDoNotTouchTheIndex() {
		assertThat(PortalChange.of(0, new RedeliveryRequested("i", 1, Channel.PORTAL, "press", Instant.now())))
			.isEmpty();
	}

	private static DisclosurePublished item(Visibility visibility, List<Channel> channels) {
		return new DisclosurePublished("i", 2, Category.OTHER, null, "标题", null, "<p>正文</p>", "办公室", visibility,
				channels, Instant.now(), null, List.of(new AttachmentRef("a", "附件.pdf", "application/pdf", 1, "u")));
	}

}
