package cn.jianwu.channel.wechat.publish;

import java.time.Instant;

/**
 * How far the publication of one item revision got on WeChat.
 *
 * @param draftMediaId the draft created for it, or {@code null}
 * @param publishId the publish job it was submitted as, or {@code null}
 * @param publishStatus WeChat's {@code publish_status} once the job finished, else
 * {@code null}
 * @param startedAt when the first draft of the revision was added: its article cannot be
 * older
 */
record Publication(String itemId, int revision, String draftMediaId, String publishId, Integer publishStatus,
		String articleId, String articleUrl, Instant startedAt) {

	/** Drafted, and the submission sent but not answered (or never sent). */
	boolean drafted() {
		return this.publishId == null && this.publishStatus == null;
	}

	boolean submitted() {
		return this.publishId != null;
	}

	/** The finished job's result, or {@code null} while WeChat is still publishing. */
	PublishResult result() {
		return (this.publishStatus != null)
				? new PublishResult(this.publishId, this.publishStatus, this.articleId, this.articleUrl) : null;
	}

}
