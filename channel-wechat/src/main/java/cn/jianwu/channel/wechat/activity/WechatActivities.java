package cn.jianwu.channel.wechat.activity;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.WechatActivity;
import cn.jianwu.events.WechatActivityRecorded;
import cn.jianwu.platform.kafka.BestEffortSender;

import org.springframework.stereotype.Component;

/**
 * Counts bindings and notices for the case-management figures (report-service, topic
 * {@code wechat.activity}): what happened and when, never the follower, the case or the
 * booking. A follower's reply must not wait for Kafka ({@link BestEffortSender}); a long
 * broker outage loses counts, never a reply or a notice.
 */
@Component
public class WechatActivities {

	private final BestEffortSender sender;

	WechatActivities(BestEffortSender sender) {
		this.sender = sender;
	}

	public void record(WechatActivity activity) {
		this.sender.send(new WechatActivityRecorded(UUID.randomUUID().toString(), activity, Instant.now()));
	}

	public void record(WechatActivity activity, int times) {
		for (int i = 0; i < times; i++) {
			record(activity);
		}
	}

}
