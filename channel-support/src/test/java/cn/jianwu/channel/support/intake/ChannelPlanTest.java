package cn.jianwu.channel.support.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.LedgerKey;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.channel.support.ledger.Operation;
import cn.jianwu.channel.support.ledger.StoredEvent;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelPlanTest {

	@Test
	void aPublicItemIsPostedOnTheChannelsItChose() {
		DisclosurePublished item = item(Visibility.PUBLIC, Channel.WEIBO, Channel.BULLETIN);

		assertThat(ChannelPlan.skipReason(item, Channel.WEIBO)).isEmpty();
		assertThat(ChannelPlan.skipReason(item, Channel.BULLETIN)).isEmpty();
	}

	@Test
	void aChannelTheItemDidNotChooseSkipsItAndSaysSo() {
		DisclosurePublished item = item(Visibility.PUBLIC, Channel.PORTAL);

		assertThat(ChannelPlan.skipReason(item, Channel.WEIBO)).contains(ChannelPlan.NOT_CHOSEN);
		assertThat(ChannelPlan.NOT_CHOSEN).contains("未选择");
	}

	@Test
	void anInternalItemReachesOnlyTheBulletinEvenWhereItChoseOtherChannels() {
		DisclosurePublished item = item(Visibility.INTERNAL, Channel.WEIBO, Channel.WECHAT, Channel.BULLETIN);

		assertThat(ChannelPlan.skipReason(item, Channel.BULLETIN)).isEmpty();
		assertThat(ChannelPlan.skipReason(item, Channel.WEIBO)).contains(ChannelPlan.INTERNAL_ONLY);
		assertThat(ChannelPlan.skipReason(item, Channel.WECHAT)).contains(ChannelPlan.INTERNAL_ONLY);
		assertThat(ChannelPlan.INTERNAL_ONLY).contains("内部事项");
	}

	@Test
	void everyRevisionUpToTheGivenOneThatIsOrMayBeShownIsTakenDown() {
		List<LedgerEntry> posts = List.of(post(1, LedgerStatus.DELIVERED), post(2, LedgerStatus.AWAITING_RESULT),
				post(3, LedgerStatus.IN_PROGRESS), post(4, LedgerStatus.DELIVERED));

		assertThat(ChannelPlan.revisionsToTakeDown(posts, 3)).containsExactly(1, 2, 3);
	}

	@Test
	void postsThatNeverReachedTheChannelNeedNoRetraction() {
		List<LedgerEntry> posts = List.of(post(1, LedgerStatus.FAILED), post(2, LedgerStatus.SKIPPED),
				post(3, LedgerStatus.QUEUED), post(4, LedgerStatus.RETRACTED), post(5, LedgerStatus.IN_DOUBT));

		assertThat(ChannelPlan.revisionsToTakeDown(posts, 5)).isEmpty();
	}

	private static DisclosurePublished item(Visibility visibility, Channel... channels) {
		return new DisclosurePublished("item-1", 1, Category.GOVERNMENT_AFFAIRS, null, "关于举办检察开放日活动的公告",
				"本院将于十二月举办检察开放日活动", "欢迎社会各界人士参加。", "办公室", visibility, List.of(channels), Instant.now(),
				"http://localhost:8080/items/item-1", List.of());
	}

	private static LedgerEntry post(int revision, LedgerStatus status) {
		LedgerKey key = new LedgerKey("item-1", revision, Channel.WEIBO, Operation.POST);
		return new LedgerEntry(key, status, 1, 1, null, null, null,
				new StoredEvent("event-" + revision, "item-1", new byte[0], Map.of()), 1, Instant.now(), Instant.now(),
				null);
	}

}
