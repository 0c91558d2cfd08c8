package cn.jianwu.channel.wechat.publish;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.jianwu.channel.support.AwaitingResults;
import cn.jianwu.events.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Where a publish job's result from the callback ({@code PUBLISHJOBFINISH}) goes: into
 * the adapter's record, then to the ledger, which reports {@code DELIVERED} or
 * {@code FAILED}.
 * <p>
 * WeChat can finish a job before the dispatcher has recorded the submission as awaiting
 * its result; the ledger then has nothing to complete yet, so it is tried again for a few
 * seconds, after which {@link WechatChannel#checkAwaiting} finds the recorded result.
 */
@Component
public class PublishResults implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PublishResults.class);

	private static final int TRIES = 4;

	private static final long RETRY_AFTER_MILLIS = 1000;

	private final Publications publications;

	private final AwaitingResults awaiting;

	private final SupersededArticles superseded;

	private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "wechat-publish-results");
		thread.setDaemon(true);
		return thread;
	});

	PublishResults(Publications publications, AwaitingResults awaiting, SupersededArticles superseded) {
		this.publications = publications;
		this.awaiting = awaiting;
		this.superseded = superseded;
	}

	public void finished(PublishResult result) {
		if (!this.publications.finished(result)) {
			log.info("Publish job {} finished (status {}) but is not one of ours", result.publishId(), result.status());
			return;
		}
		log.info("Publish job {} finished with status {}, article {}", result.publishId(), result.status(),
				result.articleId());
		this.superseded.finished(result);
		complete(result, 1);
	}

	private void complete(PublishResult result, int attempt) {
		try {
			if (this.awaiting.complete(Channel.WECHAT, result.publishId(), result.outcome()) || attempt >= TRIES) {
				return;
			}
		}
		catch (RuntimeException ex) {
			log.warn("Result of publish job {} not recorded yet, will try again: {}", result.publishId(),
					ex.toString());
			if (attempt >= TRIES) {
				return;
			}
		}
		this.retries.schedule(() -> complete(result, attempt + 1), RETRY_AFTER_MILLIS, TimeUnit.MILLISECONDS);
	}

	@Override
	public void destroy() {
		this.retries.shutdownNow();
	}

}
