package cn.jianwu.casequery.api.query;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The one answer of every failed query (404, Problem Details): unknown code, wrong
 * digits, revoked and locked codes all get these very bytes; only a code locked until the
 * desk re-issues it (known or not) gets a detail that sends the person to the desk
 * ({@link #untilReissue}). Besides the problem members it carries the lock-out (RFC 9457
 * extension members), so that a channel can tell the limit the service applies.
 *
 * @param type the problem type, ending in {@value #TYPE_SLUG}
 * @param title {@link LockoutPolicy#TITLE}
 * @param status 404
 * @param detail {@link LockoutPolicy#detail()}
 * @param maxFailures failed attempts after which a code locks
 * @param lockMinutes how long it stays locked, in minutes
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QueryFailure(String type, String title, int status, String detail, int maxFailures, long lockMinutes) {

	/** The problem type's slug. */
	public static final String TYPE_SLUG = "case-query-failed";

	/**
	 * The failure answer of a lock-out policy.
	 * @param type the problem type URI
	 * @param policy the lock-out applied
	 */
	public static QueryFailure of(String type, LockoutPolicy policy) {
		return new QueryFailure(type, LockoutPolicy.TITLE, 404, policy.detail(), policy.maxFailures(),
				Math.max(1, (policy.lockDuration().toSeconds() + 59) / 60));
	}

	/**
	 * The failure answer for a code that stays locked until the desk re-issues it: the
	 * same problem, the detail sends the person to the desk.
	 * @param type the problem type URI
	 * @param policy the lock-out applied
	 */
	public static QueryFailure untilReissue(String type, LockoutPolicy policy) {
		QueryFailure failure = of(type, policy);
		return new QueryFailure(type, failure.title(), failure.status(), policy.detailUntilReissue(),
				failure.maxFailures(), failure.lockMinutes());
	}

	/** The lock-out the answer states. */
	public LockoutPolicy lockout() {
		return new LockoutPolicy(this.maxFailures, Duration.ofMinutes(this.lockMinutes));
	}

}
