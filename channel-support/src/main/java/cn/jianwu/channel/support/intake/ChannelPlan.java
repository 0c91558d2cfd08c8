package cn.jianwu.channel.support.intake;

import java.util.List;
import java.util.Optional;

import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;

/**
 * The planner's rules, apart from the ledger that records them: which revisions a channel
 * posts, why it skips the others, and which of its posts must come down.
 */
final class ChannelPlan {

	static final String INTERNAL_ONLY = "内部事项，仅在局域网公告栏公布";

	static final String NOT_CHOSEN = "该事项未选择此渠道";

	static final String SUPERSEDED = "已被新的修订取代";

	static final String WITHDRAWN_BEFORE_POSTING = "发布前已撤回";

	static final String NO_LONGER_HERE = "新的修订不再发布到此渠道，撤回旧的修订";

	private ChannelPlan() {
	}

	/** Why the channel does not post this revision, or empty when it does. */
	static Optional<String> skipReason(DisclosurePublished item, Channel channel) {
		if (item.deliversTo(channel)) {
			return Optional.empty();
		}
		return Optional.of((item.visibility() == Visibility.INTERNAL) ? INTERNAL_ONLY : NOT_CHOSEN);
	}

	/**
	 * The revisions up to {@code upToRevision} the channel shows or may show (posted,
	 * being posted or awaiting the channel's result): each needs a retraction.
	 */
	static List<Integer> revisionsToTakeDown(List<LedgerEntry> posts, int upToRevision) {
		return posts.stream()
			.filter((post) -> post.key().revision() <= upToRevision && post.status().mayBeShown())
			.map((post) -> post.key().revision())
			.toList();
	}

}
