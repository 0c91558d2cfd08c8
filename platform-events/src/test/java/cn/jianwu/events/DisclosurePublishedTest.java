package cn.jianwu.events;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosurePublishedTest {

	@Test
	void internalItemsReachOnlyTheBulletinEvenWhenOtherChannelsWereChosen() {
		DisclosurePublished example = (DisclosurePublished) EventExamples.payload(EventType.DISCLOSURE_PUBLISHED);
		DisclosurePublished internal = new DisclosurePublished(example.itemId(), 1, example.category(), null,
				example.title(), example.summary(), example.body(), example.department(), Visibility.INTERNAL,
				List.of(Channel.values()), example.publishedAt(), null, null);
		assertThat(internal.deliversTo(Channel.BULLETIN)).isTrue();
		assertThat(internal.deliversTo(Channel.PORTAL)).isFalse();
		assertThat(internal.deliversTo(Channel.WEIBO)).isFalse();
		assertThat(internal.deliversTo(Channel.WECHAT)).isFalse();
		assertThat(internal.deliversTo(Channel.SCREENS)).isFalse();
	}

	@Test
	void aChannelNotChosenIsNotDeliveredTo() {
		DisclosurePublished example = (DisclosurePublished) EventExamples.payload(EventType.DISCLOSURE_PUBLISHED);
		DisclosurePublished portalOnly = new DisclosurePublished(example.itemId(), 1, example.category(), null,
				example.title(), example.summary(), example.body(), example.department(), Visibility.PUBLIC,
				List.of(Channel.PORTAL), example.publishedAt(), null, null);
		assertThat(portalOnly.deliversTo(Channel.PORTAL)).isTrue();
		assertThat(portalOnly.deliversTo(Channel.WEIBO)).isFalse();
	}

}
