package cn.jianwu.channel.support.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

import cn.jianwu.channel.support.ChannelThrottledException;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.channel.support.ledger.Operation;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * The dispatcher's rules for a claimed row, apart from the ledger that records them: a
 * spent rate limit, an open circuit or a throttling channel queue the row; a permanent
 * error fails it at once to the dead-letter topic; exhausted retries fail it too, unless
 * a post may have reached the channel unanswered, which is looked up later instead of
 * failed (staff would post it again) until {@code awaitingTimeout} has passed.
 */
final class Verdicts {

	static final String RATE_LIMITED = "已排队：渠道发布频率受限，将自动发送";

	static final String CIRCUIT_OPEN = "渠道暂时不可用（熔断中），将自动重试";

	static final String INTERNAL_ERROR = "系统内部错误，请联系运维人员";

	static final String IN_DOUBT = "渠道未答复，发布结果未知：将先向渠道核对是否已发布，未发布才重新发送";

	static final String IN_DOUBT_TOO_LONG = "多次调用渠道均未得到答复，无法确认是否已发布：请登录渠道后台核对，确未发布再在工作台重新发送";

	private final Duration circuitOpenFor;

	private final Duration awaitingCheckAfter;

	private final Duration awaitingTimeout;

	/**
	 * @param circuitOpenFor how long an open circuit refuses calls
	 * @param awaitingCheckAfter when to look up a post that may have reached the channel
	 * @param awaitingTimeout how long a row may stay in doubt before staff must check
	 */
	Verdicts(Duration circuitOpenFor, Duration awaitingCheckAfter, Duration awaitingTimeout) {
		this.circuitOpenFor = circuitOpenFor;
		this.awaitingCheckAfter = awaitingCheckAfter;
		this.awaitingTimeout = awaitingTimeout;
	}

	/** The rate limiter has no permit for {@code wait}. */
	Verdict rateLimited(Duration wait) {
		return new Verdict.Defer(wait, RATE_LIMITED);
	}

	/** The channel answered (or was found to show the post already). */
	Verdict answered(DeliveryOutcome outcome) {
		return new Verdict.Finish(statusOf(outcome), outcome.externalRef(), outcome.note(), false);
	}

	/**
	 * The calls ended in {@code error}.
	 * @param calls how many calls were made
	 * @param inDoubt whether a call may have reached the channel unanswered
	 * @param now the current time
	 */
	Verdict failed(Exception error, LedgerEntry entry, int calls, boolean inDoubt, Instant now) {
		if (error instanceof CallNotPermittedException) {
			return new Verdict.Defer(this.circuitOpenFor, CIRCUIT_OPEN);
		}
		if (error instanceof ChannelThrottledException throttled) {
			return new Verdict.Defer(throttled.retryAfter(), throttled.getMessage());
		}
		if (error instanceof PermanentChannelException) {
			return fail(error.getMessage());
		}
		if (error instanceof TransientChannelException) {
			return unanswered(entry, inDoubt, now, exhausted(calls, error.getMessage()));
		}
		if (error instanceof TimeoutException) {
			return unanswered(entry, inDoubt, now, exhausted(calls, "渠道响应超时"));
		}
		return fail(INTERNAL_ERROR);
	}

	/** Whether {@code error} is one of the ways a channel call ends, not a defect. */
	static boolean expected(Exception error) {
		return error instanceof CallNotPermittedException || error instanceof ChannelThrottledException
				|| error instanceof PermanentChannelException || error instanceof TransientChannelException
				|| error instanceof TimeoutException;
	}

	private Verdict unanswered(LedgerEntry entry, boolean inDoubt, Instant now, String reason) {
		if (!inDoubt || entry.key().operation() != Operation.POST) {
			return fail(reason);
		}
		Instant since = (entry.doubtedSince() != null) ? entry.doubtedSince() : now;
		if (since.plus(this.awaitingTimeout).isBefore(now)) {
			return fail(IN_DOUBT_TOO_LONG);
		}
		return new Verdict.Defer(this.awaitingCheckAfter, IN_DOUBT);
	}

	private static String exhausted(int calls, String message) {
		return "重试 " + calls + " 次后仍失败：" + message;
	}

	private static Verdict fail(String reason) {
		return new Verdict.Finish(LedgerStatus.FAILED, null, reason, true);
	}

	private static LedgerStatus statusOf(DeliveryOutcome outcome) {
		if (outcome instanceof DeliveryOutcome.Delivered) {
			return LedgerStatus.DELIVERED;
		}
		if (outcome instanceof DeliveryOutcome.Awaiting) {
			return LedgerStatus.AWAITING_RESULT;
		}
		if (outcome instanceof DeliveryOutcome.Retracted) {
			return LedgerStatus.RETRACTED;
		}
		if (outcome instanceof DeliveryOutcome.NeedsStaff) {
			return LedgerStatus.FAILED;
		}
		return LedgerStatus.SKIPPED;
	}

}
