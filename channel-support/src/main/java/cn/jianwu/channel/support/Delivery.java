package cn.jianwu.channel.support;

import cn.jianwu.events.DisclosurePublished;

/**
 * One revision to post.
 *
 * @param item the public content (already redacted)
 * @param replacesRevision the revision this one replaces, or {@code null} for a first
 * publication
 * @param replacedRef the channel's reference of the replaced revision's post, or
 * {@code null} when that revision never reached the channel
 * @param round which staff-visible attempt this is (1, then +1 per staff retry)
 */
public record Delivery(DisclosurePublished item, Integer replacesRevision, String replacedRef, int round) {

	public boolean isReplacement() {
		return this.replacedRef != null;
	}

}
