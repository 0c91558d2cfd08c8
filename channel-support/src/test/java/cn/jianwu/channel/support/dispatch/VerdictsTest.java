package cn.jianwu.channel.support.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import cn.jianwu.channel.support.ChannelThrottledException;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.support.ledger.LedgerEntry;
import cn.jianwu.channel.support.ledger.LedgerKey;
import cn.jianwu.channel.support.ledger.LedgerStatus;
import cn.jianwu.channel.support.ledger.Operation;
import cn.jianwu.channel.support.ledger.StoredEvent;
import cn.jianwu.events.Channel;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictsTest {

	private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	private final Verdicts verdicts = new Verdicts(Duration.ofSeconds(15), Duration.ofSeconds(30),
			Duration.ofMinutes(15));

	@Test
	void eachAnswerOfTheChannelEndsTheRowInItsStatus() {
		assertThat(this.verdicts.answered(DeliveryOutcome.delivered("post-1")))
			.isEqualTo(new Verdict.Finish(LedgerStatus.DELIVERED, "post-1", null, false));
		assertThat(this.verdicts.answered(new DeliveryOutcome.Awaiting("job-1", null)))
			.isEqualTo(new Verdict.Finish(LedgerStatus.AWAITING_RESULT, "job-1", null, false));
		assertThat(this.verdicts.answered(new DeliveryOutcome.Retracted("post-1", null)))
			.isEqualTo(new Verdict.Finish(LedgerStatus.RETRACTED, "post-1", null, false));
		assertThat(this.verdicts.answered(new DeliveryOutcome.NotApplicable(null, "未设置大屏")))
			.isEqualTo(new Verdict.Finish(LedgerStatus.SKIPPED, null, "未设置大屏", false));
	}

	@Test
	void whatOnlyStaffCanDoFailsWithTheirInstructionsButIsNoDeadLetter() {
		assertThat(this.verdicts.answered(new DeliveryOutcome.NeedsStaff("post-1", "请手动删除微博")))
			.isEqualTo(new Verdict.Finish(LedgerStatus.FAILED, "post-1", "请手动删除微博", false));
	}

	@Test
	void aSpentRateLimitQueuesTheRowForAsLongAsThePermitTakes() {
		assertThat(this.verdicts.rateLimited(Duration.ofMinutes(2)))
			.isEqualTo(new Verdict.Defer(Duration.ofMinutes(2), Verdicts.RATE_LIMITED));
		assertThat(Verdicts.RATE_LIMITED).contains("已排队");
	}

	@Test
	void anOpenCircuitQueuesTheRowUntilTheCircuitTriesAgain() {
		CallNotPermittedException open = CallNotPermittedException
			.createCallNotPermittedException(CircuitBreaker.ofDefaults("weibo"));

		assertThat(this.verdicts.failed(open, post(null), 0, false, NOW))
			.isEqualTo(new Verdict.Defer(Duration.ofSeconds(15), Verdicts.CIRCUIT_OPEN));
		assertThat(Verdicts.CIRCUIT_OPEN).contains("熔断");
	}

	@Test
	void aThrottlingChannelQueuesTheRowForTheTimeItAsksWithItsOwnWords() {
		ChannelThrottledException throttled = new ChannelThrottledException("接口调用频次超过上限，已排队", Duration.ofMinutes(40));

		assertThat(this.verdicts.failed(throttled, post(null), 1, false, NOW))
			.isEqualTo(new Verdict.Defer(Duration.ofMinutes(40), "接口调用频次超过上限，已排队"));
	}

	@Test
	void aPermanentErrorFailsAtOnceToTheDeadLetterTopicWithTheChannelsReason() {
		assertThat(this.verdicts.failed(new PermanentChannelException("访问令牌已过期，请重新授权"), post(null), 1, false, NOW))
			.isEqualTo(new Verdict.Finish(LedgerStatus.FAILED, null, "访问令牌已过期，请重新授权", true));
	}

	@Test
	void exhaustedRetriesFailToTheDeadLetterTopicSayingHowOftenItWasTried() {
		Verdict verdict = this.verdicts.failed(new TransientChannelException("服务器错误 502"), post(null), 3, false, NOW);

		assertThat(verdict).isEqualTo(new Verdict.Finish(LedgerStatus.FAILED, null, "重试 3 次后仍失败：服务器错误 502", true));
	}

	@Test
	void aTimeLimitWithoutDoubtFailsAsATimeout() {
		Verdict verdict = this.verdicts.failed(new TimeoutException(), retraction(), 4, false, NOW);

		assertThat(verdict).isEqualTo(new Verdict.Finish(LedgerStatus.FAILED, null, "重试 4 次后仍失败：渠道响应超时", true));
	}

	@Test
	void aPostThatMayHaveReachedTheChannelIsLookedUpLaterInsteadOfFailing() {
		Verdict verdict = this.verdicts.failed(new TimeoutException(), post(null), 3, true, NOW);

		assertThat(verdict).isEqualTo(new Verdict.Defer(Duration.ofSeconds(30), Verdicts.IN_DOUBT));
	}

	@Test
	void aRowInDoubtForLessThanTheTimeoutIsStillLookedUp() {
		LedgerEntry since14Minutes = post(NOW.minus(Duration.ofMinutes(14)));

		assertThat(
				this.verdicts.failed(TransientChannelException.unanswered("无答复", null), since14Minutes, 3, true, NOW))
			.isEqualTo(new Verdict.Defer(Duration.ofSeconds(30), Verdicts.IN_DOUBT));
	}

	@Test
	void aRowInDoubtLongerThanTheTimeoutFailsWithWhatStaffMustCheck() {
		LedgerEntry since16Minutes = post(NOW.minus(Duration.ofMinutes(16)));

		assertThat(
				this.verdicts.failed(TransientChannelException.unanswered("无答复", null), since16Minutes, 3, true, NOW))
			.isEqualTo(new Verdict.Finish(LedgerStatus.FAILED, null, Verdicts.IN_DOUBT_TOO_LONG, true));
		assertThat(Verdicts.IN_DOUBT_TOO_LONG).contains("核对");
	}

	@Test
	void aRetractionIsNeverLeftInDoubt() {
		Verdict verdict = this.verdicts.failed(new TransientChannelException("服务器错误 503"), retraction(), 3, true, NOW);

		assertThat(verdict).isEqualTo(new Verdict.Finish(LedgerStatus.FAILED, null, "重试 3 次后仍失败：服务器错误 503", true));
	}

	@Test
	void aDefectFailsWithoutShowingStaffItsDetails() {
		Verdict verdict = this.verdicts.failed(new IllegalStateException("NPE in adapter at line 12"), post(null), 1,
				false, NOW);

		assertThat(verdict).isEqualTo(new Verdict.Finish(LedgerStatus.FAILED, null, Verdicts.INTERNAL_ERROR, true));
		assertThat(Verdicts.expected(new IllegalStateException())).isFalse();
		assertThat(Verdicts.expected(new TransientChannelException("服务器错误 503"))).isTrue();
	}

	private static LedgerEntry post(Instant doubtedSince) {
		return entry(Operation.POST, doubtedSince);
	}

	private static LedgerEntry retraction() {
		return entry(Operation.RETRACT, null);
	}

	private static LedgerEntry entry(Operation operation, Instant doubtedSince) {
		return new LedgerEntry(new LedgerKey("item-1", 1, Channel.WEIBO, operation), LedgerStatus.IN_PROGRESS, 1, 0,
				null, null, null, new StoredEvent("event-1", "item-1", new byte[0], Map.of()), 1, NOW, NOW,
				doubtedSince);
	}

}
