package cn.jianwu.casequery.query;

import java.time.Duration;

import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.platform.lockout.LockEscalation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public query's defences.
 *
 * @param maxFailures failed attempts after which a code locks
 * @param lockDuration how long the first lock lasts (and the window failures are counted
 * in); each further lock of the code doubles (see {@link #escalation()})
 * @param failureMinDuration every failure is answered no sooner than this after the
 * request arrived, whatever the cause, so that timing tells nothing
 * @param throttle the per-client limit
 * @param clients how the client is told
 * @param escalation when a code stays locked until the desk re-issues it
 */
@ConfigurationProperties("jianwu.case-query.query")
public record QueryProperties(@DefaultValue("5") int maxFailures, @DefaultValue("30m") Duration lockDuration,
		@DefaultValue("150ms") Duration failureMinDuration, @DefaultValue Throttle throttle,
		@DefaultValue Clients clients, @DefaultValue Escalation escalation) {

	/** The progressive lock-out: each lock doubles, the last one lasts until re-issue. */
	public LockEscalation lockEscalation() {
		return new LockEscalation(this.lockDuration, this.escalation.finalLockAfter(), this.escalation.window());
	}

	/** The lock-out as every public channel states it. */
	public LockoutPolicy lockout() {
		return new LockoutPolicy(this.maxFailures, this.lockDuration);
	}

	/**
	 * Queries one client may make in a fixed window, counted in Redis (in memory per
	 * instance while Redis is unavailable), whether or not the gateway is in front.
	 *
	 * @param maxPerWindow web, WeChat and kiosk queries per window
	 * @param hotlineMaxPerWindow hotline queries per window of the IVR platform
	 * ({@link Clients#ivr()}): it is one client for every caller
	 * @param kioskMaxPerWindow queries per window of one of the hall's own kiosks
	 * ({@link Clients#kiosks()}): one kiosk serves every visitor of the hall
	 * @param window the window
	 */
	public record Throttle(@DefaultValue("30") int maxPerWindow, @DefaultValue("600") int hotlineMaxPerWindow,
			@DefaultValue("300") int kioskMaxPerWindow, @DefaultValue("10m") Duration window) {
	}

	/**
	 * @param trustedProxies regex of peer addresses (the gateway, a load balancer) whose
	 * {@code X-Forwarded-For} is believed
	 * @param channelCallers regex of peer addresses allowed on {@code /internal/**} (the
	 * channel adapters, e.g. channel-wechat), whose {@code X-Channel-User} (an opaque
	 * user id such as an openid) is the client when they call directly
	 * @param kiosks regex of the addresses of the service hall's kiosks (as the client is
	 * told, e.g. behind the gateway and the portal); only their {@code KIOSK} queries get
	 * the kiosk's larger allowance, since any caller can claim the channel
	 * @param ivr regex of the addresses of the IVR platform (as the client is told, e.g.
	 * behind the gateway); only their {@code HOTLINE} queries get the hotline's
	 * allowance, for the same reason
	 */
	public record Clients(@DefaultValue("127[.]0[.]0[.]1|0:0:0:0:0:0:0:1|::1") String trustedProxies,
			@DefaultValue("127[.]0[.]0[.]1|0:0:0:0:0:0:0:1|::1") String channelCallers, String kiosks, String ivr) {
	}

	/**
	 * The progressive lock-out.
	 *
	 * @param finalLockAfter the lock of a code (within {@code window} of its first) that
	 * lasts until the desk re-issues the credential
	 * @param window how long after a code's first lock further locks escalate
	 */
	public record Escalation(@DefaultValue("3") int finalLockAfter, @DefaultValue("7d") Duration window) {
	}

}
