package cn.jianwu.channel.wechat.publish;

import java.util.Map;

import cn.jianwu.channel.support.DeliveryOutcome;

/**
 * The result of a publish job, from the {@code PUBLISHJOBFINISH} event or
 * {@code freepublish/get}.
 *
 * @param status WeChat's {@code publish_status}: 0 published, 1 still publishing, 2
 * originality check failed, 3 failed, 4 rejected by review, 5 deleted after publication,
 * 6 blocked after publication
 * @param articleId the published article, which {@code freepublish/delete} takes
 */
public record PublishResult(String publishId, int status, String articleId, String articleUrl) {

	static final int PUBLISHED = 0;

	static final int PUBLISHING = 1;

	private static final Map<Integer, String> FAILURES = Map.of(2, "微信原创声明校验未通过，文章未发布，请核对后重新发布", 3,
			"微信发布失败（常规失败），请稍后在工作台重新发布，或在微信公众平台查看原因", 4, "微信平台审核未通过，文章未发布，请修改内容后重新发布", 5, "文章发布成功后已被删除", 6,
			"文章发布成功后已被微信系统封禁，请在微信公众平台查看原因");

	public boolean pending() {
		return this.status == PUBLISHING;
	}

	public boolean published() {
		return this.status == PUBLISHED;
	}

	/**
	 * What staff see. A published article is referred to by its {@code article_id}, so
	 * that a later revision or a withdrawal can delete it; a failure keeps the publish id
	 * as its reference.
	 */
	public DeliveryOutcome outcome() {
		if (published()) {
			return new DeliveryOutcome.Delivered(this.articleId, null);
		}
		return new DeliveryOutcome.NeedsStaff(null,
				FAILURES.getOrDefault(this.status, "微信发布失败（状态 " + this.status + "），请在微信公众平台查看原因"));
	}

}
