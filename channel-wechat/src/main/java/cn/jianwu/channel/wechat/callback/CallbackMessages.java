package cn.jianwu.channel.wechat.callback;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.jianwu.channel.wechat.publish.PublishResult;
import cn.jianwu.channel.wechat.publish.PublishResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a verified, decrypted push leads to. Everything that may take time happens off the
 * request thread, so WeChat always has its answer within 5 s: a publish result is
 * recorded in the background, and a reply that takes too long is left out.
 */
class CallbackMessages implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CallbackMessages.class);

	private final DuplicateDeliveries duplicates;

	private final PublishResults publishResults;

	private final TextMessageReplier replier;

	private final List<KeywordReplier> keywordRepliers;

	private final ExecutorService work;

	private final Duration replyWithin;

	CallbackMessages(DuplicateDeliveries duplicates, PublishResults publishResults, TextMessageReplier replier,
			List<KeywordReplier> keywordRepliers, ExecutorService work, Duration replyWithin) {
		this.duplicates = duplicates;
		this.publishResults = publishResults;
		this.replier = replier;
		this.keywordRepliers = List.copyOf(keywordRepliers);
		this.work = work;
		this.replyWithin = replyWithin;
	}

	/**
	 * @return the passive reply's XML, or {@code null} to answer {@code success}
	 */
	String handle(CallbackMessage message) {
		if (!this.duplicates.firstTime(message)) {
			log.info("WeChat pushed {} again; already handled", message.kind());
			return null;
		}
		if (message.isEvent(CallbackMessage.PUBLISH_JOB_FINISHED)) {
			publishJobFinished(message);
			return null;
		}
		if (message.isText() || message.isEvent("subscribe")) {
			String reply = reply(new IncomingText(message.fromUser(), message.content()));
			return (reply != null) ? ReplyXml.text(message, reply) : null;
		}
		log.debug("WeChat {} needs no action", message.kind());
		return null;
	}

	private void publishJobFinished(CallbackMessage message) {
		PublishResult result = message.publishResult();
		if (result == null) {
			log.warn("PUBLISHJOBFINISH without publish_id or publish_status ignored");
			return;
		}
		try {
			this.work.execute(() -> {
				try {
					this.publishResults.finished(result);
				}
				catch (RuntimeException ex) {
					// the dispatcher asks WeChat for late results, so this one is not
					// lost
					log.warn("Result of publish job {} not recorded: {}", result.publishId(), ex.toString());
				}
			});
		}
		catch (RejectedExecutionException ex) {
			log.warn("Too much callback work; result of publish job {} is left to polling", result.publishId());
		}
	}

	private String reply(IncomingText text) {
		CompletableFuture<String> reply;
		try {
			reply = CompletableFuture.supplyAsync(() -> replyTo(text), this.work);
		}
		catch (RejectedExecutionException ex) {
			log.warn("Too much callback work; message answered without a reply");
			return null;
		}
		try {
			return reply.get(this.replyWithin.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			log.warn("Reply not ready within {} ms; answered without it", this.replyWithin.toMillis());
			return null;
		}
		catch (ExecutionException ex) {
			log.warn("Reply failed: {}", ex.getCause().getClass().getName());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private String replyTo(IncomingText text) {
		String content = (text.content() != null) ? text.content().strip() : "";
		for (KeywordReplier keywordReplier : this.keywordRepliers) {
			if (content.startsWith(keywordReplier.keyword())) {
				return keywordReplier.reply(text, rest(content.substring(keywordReplier.keyword().length())));
			}
		}
		return this.replier.reply(text);
	}

	/**
	 * What follows a keyword, without the separators a phone keyboard offers (spaces,
	 * full-width spaces, colons, commas, a plus sign).
	 */
	static String rest(String afterKeyword) {
		int start = 0;
		while (start < afterKeyword.length() && isSeparator(afterKeyword.charAt(start))) {
			start++;
		}
		return afterKeyword.substring(start).strip();
	}

	private static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || ":：,，+＋、".indexOf(c) >= 0;
	}

	@Override
	public void close() throws InterruptedException {
		this.work.shutdown();
		this.work.awaitTermination(10, TimeUnit.SECONDS);
	}

}
