package cn.jianwu.hall.lookup;

import java.time.Duration;

import cn.jianwu.platform.lockout.LockEscalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The lookup's defences ({@code jianwu.hall.lookup}).
 *
 * @param maxFailures wrong check codes after which a tracking code locks
 * @param lockDuration how long the first lock lasts (and the window failures are counted
 * in); each further lock of the same code doubles
 * @param failureMinDuration every failure is answered no sooner than this after the
 * request arrived, whatever the cause, so that timing tells nothing
 * @param escalation when a code stays locked
 */
@ConfigurationProperties("jianwu.hall.lookup")
public record LookupProperties(@DefaultValue("5") int maxFailures, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("150ms") Duration failureMinDuration, @DefaultValue Escalation escalation) {

	/** The progressive lock-out: each lock doubles, the last one lasts for good. */
	public LockEscalation lockEscalation() {
		return new LockEscalation(this.lockDuration, this.escalation.finalLockAfter(), this.escalation.window());
	}

	/**
	 * The progressive lock-out (platform-support's {@link LockEscalation}, as
	 * case-query-service's query codes).
	 *
	 * @param finalLockAfter the lock of a code (within {@code window} of its first) that
	 * is final
	 * @param window how long after a code's first lock further locks escalate (and how
	 * long Redis keeps the history)
	 * @param finalLockDuration how long a final lock lasts: the hall's codes have no desk
	 * re-issue, so it lasts longer than a code is of use (a visitor is helped at the desk
	 * by ID instead)
	 */
	public record Escalation(@DefaultValue("3") int finalLockAfter, @DefaultValue("7d") Duration window,
			@DefaultValue("180d") Duration finalLockDuration) {
	}

}
